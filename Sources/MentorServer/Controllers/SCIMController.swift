import Vapor
import Fluent
import MentorCore

/// SCIM 2.0 provisioning at `/scim/v2` (RFC 7643, RFC 7644) for an organisation's identity
/// provider. Every route requires one of the organisation's bearer tokens (`Access.bearer(.scim)`)
/// and sees only that organisation's people. Users are the people; Groups are the four roles.
struct SCIMController {
    var endpoints: [Endpoint] {
        let scim = Access.bearer(.scim)
        let discovery: [SiteURL] = [.scimServiceProviderConfig, .scimResourceTypes, .scimSchemas]
        return [
            Endpoint(.GET, .scimServiceProviderConfig, scim) { request in SCIM.response(SCIMDiscovery.serviceProviderConfig(request)) },
            Endpoint(.GET, .scimResourceTypes, scim) { request in SCIM.response(SCIMDiscovery.resourceTypes(request)) },
            Endpoint(.GET, .scimResourceType(.key), scim) { request in
                try SCIM.response(SCIMDiscovery.resourceType(request.parameters.get("token") ?? "", request))
            },
            Endpoint(.GET, .scimSchemas, scim) { request in SCIM.response(SCIMDiscovery.schemas(request)) },
            Endpoint(.GET, .scimSchema(.key), scim) { request in
                try SCIM.response(SCIMDiscovery.schema(request.parameters.get("token") ?? "", request))
            },
            Endpoint(.GET, .scimUsers, scim, SCIMUsers.list),
            Endpoint(.POST, .scimUsers, scim, SCIMUsers.create),
            Endpoint(.GET, .scimUser(.key), scim, SCIMUsers.read),
            Endpoint(.PUT, .scimUser(.key), scim, SCIMUsers.replace),
            Endpoint(.PATCH, .scimUser(.key), scim, SCIMUsers.patch),
            Endpoint(.DELETE, .scimUser(.key), scim, SCIMUsers.delete),
            Endpoint(.GET, .scimGroups, scim, SCIMGroups.list),
            Endpoint(.GET, .scimGroup(.key), scim, SCIMGroups.read),
            Endpoint(.PATCH, .scimGroup(.key), scim, SCIMGroups.patch),
            Endpoint(.POST, .scimGroups, scim) { _ in
                throw SCIMError(.notImplemented, "The groups are the product's four roles (admin, coordinator, mentor, mentee); they cannot be created.")
            },
            // Searching several resource types at once is not offered (RFC 7644 3.4.3 allows 501).
            Endpoint(.POST, .scimSearch, scim) { _ in
                throw SCIMError(.notImplemented, "Searching with POST /.search is not supported; use GET with a filter.")
            },
        ]
        // Discovery answers GET only; other methods are 405, in SCIM's format.
        + discovery.flatMap { url in
            [HTTPMethod.POST, .PUT, .PATCH, .DELETE].map { method in Endpoint(method, url, scim) { _ in throw SCIMError.methodNotAllowed } }
        }
        // Anything else under /scim/v2 is a SCIM 404 (after the token check, so it tells an outsider nothing).
        + [HTTPMethod.GET, .POST, .PUT, .PATCH, .DELETE].map { method in
            Endpoint(method, .scimUnknown, scim) { _ in throw SCIMError.notFound }
        }
    }
}
