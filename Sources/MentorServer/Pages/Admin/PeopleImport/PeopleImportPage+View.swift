import Plot
import Foundation
import MentorCore

extension PeopleImportPage {
    static let sample = """
    name,email,roles,seniority,practice_group,expertise,language
    Noor de Wit,noor.dewit@firm.example,mentee,junior,Audit,,nl
    Pieter Smit,pieter.smit@firm.example,mentor|coordinator,senior,Tax,VAT|transfer pricing,en
    """

    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.importPeople(language), content: [
            .h1(.text(T.importPeople(language))),
            .p(.class("lead"), .text(T.importLead(language))),
            .p(.text(T.importColumns(language))),
            .pre(.class("sample"), .text(sample)),
            .unwrap(model.message) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
            .unwrap(model.result) { result in previewSection(result, model: model, viewer: viewer) },
            .h2(.text(model.result == nil ? T.csvFile(language) : T.importPeople(language))),
            .form(
                .class("stack"), .action(SiteURL.adminPeopleImport.path), .method(.post), .enctype(.multipartData),
                Forms.csrf(viewer),
                .div(.class("field"),
                     .label(.for("f-file"), .text(T.csvFile(language))),
                     .input(.type(.file), .id("f-file"), .name("file"), .attribute(named: "accept", value: ".csv,text/csv,text/plain"))),
                Forms.textArea(T.csvText(language), name: "csv", value: model.result == nil ? model.csv : "", errors: [:], rows: 6),
                Forms.submit(T.preview(language))
            ),
        ])
    }

    static func previewSection(_ result: PeopleImportResult, model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        return .section(
            .h2(.text(T.importPreview(language))),
            result.issues.isEmpty ? .empty : .div(
                .class("error-summary"), .attribute(named: "role", value: "alert"),
                .p(.strong(.text(T.importRefused(language)))),
                .ul(.class("import-errors"), .forEach(result.issues) { issue in
                    .li(.text("\(T.line(language)) \(issue.line): \(T.importProblem(issue.problem)(language))"))
                })
            ),
            result.people.isEmpty ? .empty : .div(.class("table-wrap"), .table(
                .thead(.tr(.th(.text(T.line(language))), .th(.text(T.name(language))), .th(.text(T.email(language))),
                           .th(.text(T.roles(language))), .th(.text(T.seniority(language))), .th(.text(T.practiceGroup(language))), .th(.text("")))),
                .tbody(.forEach(result.people) { person in
                    .tr(.td(.text("\(person.line)")), .td(.text(person.name)), .td(.text(person.email)),
                        .td(.text(person.roles.map { T.roleName($0)(language) }.joined(separator: ", "))),
                        .td(.text(person.seniority.map { T.seniorityName($0)(language) } ?? "–")),
                        .td(.text(person.practiceGroup)),
                        .td(.span(.class("badge"), .text(model.existing.contains(person.email) ? T.willUpdate(language) : T.willCreate(language)))))
                })
            )),
            .unwrap(model.isConfirmable ? model.uploadID : nil) { uploadID in
                .form(
                    .action(SiteURL.adminPeopleImportConfirm.path), .method(.post),
                    Forms.csrf(viewer),
                    .input(.type(.hidden), .name("upload"), .value(uploadID.uuidString)),
                    Forms.submit(T.confirmImport(language))
                )
            }
        )
    }
}
