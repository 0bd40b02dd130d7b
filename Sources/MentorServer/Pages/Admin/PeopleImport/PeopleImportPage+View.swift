import Plot
import Foundation
import MentorCore

extension PeopleImportPage {
    /// An example file, with the headers and separator the reader's Excel would use.
    static func sample(_ language: Language) -> String {
        language == .nl ? """
            naam;e-mail;rollen;senioriteit;vakgroep;expertise;taal
            Noor de Wit;noor.dewit@firm.example;mentee;junior;Audit;;nl
            Pieter Smit;pieter.smit@firm.example;mentor|coördinator;senior;Belastingadvies;btw|verrekenprijzen;en
            """ : """
            name,email,roles,seniority,practice group,expertise,language
            Noor de Wit,noor.dewit@firm.example,mentee,junior,Audit,,nl
            Pieter Smit,pieter.smit@firm.example,mentor|coordinator,senior,Tax,VAT|transfer pricing,en
            """
    }

    /// The file types the file field offers: Excel workbooks and CSV or text files.
    static let accepted = ".xlsx,.csv,.txt,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.importPeople(language), content: [
            .h1(.text(T.importPeople(language))),
            .p(.class("lead"), .text(T.importLead(language))),
            .p(.text(T.importFormats(language))),
            .p(.text(T.importColumns(language))),
            .pre(.class("sample"), .text(sample(language))),
            .unwrap(model.message) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
            .unwrap(model.result) { result in previewSection(result, model: model, viewer: viewer) },
            .h2(.text(model.result == nil ? T.csvFile(language) : T.importPeople(language))),
            .form(
                .class("stack"), .action(SiteURL.adminPeopleImport.path), .method(.post), .enctype(.multipartData),
                Forms.csrf(viewer),
                .div(.class("field"),
                     .label(.for("f-file"), .text(T.csvFile(language))),
                     .input(.type(.file), .id("f-file"), .name("file"), .attribute(named: "accept", value: accepted))),
                Forms.textArea(T.csvText(language), name: "csv", value: model.result == nil ? model.csv : "", errors: [:], rows: 6),
                Forms.submit(T.preview(language))
            ),
        ])
    }

    static func previewSection(_ result: PeopleImportResult, model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        return .section(
            .h2(.text(T.importPreview(language))),
            .unwrap(model.format) { .p(.class("muted"), .text(T.sheetFormat($0)(language))) },
            result.ignoredColumns.isEmpty ? .empty : .p(.class("flash flash--warn"), .text(T.importIgnoredColumns(result.ignoredColumns)(language))),
            result.issues.isEmpty ? .empty : .div(
                .class("error-summary"), .attribute(named: "role", value: "alert"),
                .p(.strong(.text(T.importRefused(language)))),
                .ul(.class("import-errors"), .forEach(result.issues) { issue in
                    .li(.text("\(T.line(language)) \(issue.line): \(T.importProblem(issue.problem)(language))"))
                })
            ),
            result.people.isEmpty ? .empty : .div(.class("table-wrap"), .scrollRegion(T.importPreview(language)), .table(
                .thead(.tr(.th(.text(T.line(language))), .forEach(result.columns) { .th(.text(columnTitle($0)(language))) },
                           .th(.text(T.importRowOutcome(language))))),
                .tbody(.forEach(result.people) { person in
                    .tr(.td(.text("\(person.line)")), .forEach(result.columns) { .td(.text(cell($0, of: person, language: language))) },
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

    /// The heading of a column in the preview.
    static func columnTitle(_ column: ImportColumn) -> Text {
        switch column {
        case .name: T.name
        case .email: T.email
        case .roles: T.roles
        case .seniority: T.seniority
        case .practiceGroup: T.practiceGroup
        case .expertise: T.expertise
        case .language: T.language
        case .timeZone: T.timeZone
        }
    }

    /// What the import will write for a column, as the reader says it ("–" for nothing).
    static func cell(_ column: ImportColumn, of person: ImportedPerson, language: Language) -> String {
        let text: String = switch column {
        case .name: person.name
        case .email: person.email
        case .roles: person.roles.map { T.roleName($0)(language) }.joined(separator: ", ")
        case .seniority: person.seniority.map { T.seniorityName($0)(language) } ?? ""
        case .practiceGroup: person.practiceGroup
        case .expertise: person.expertise.joined(separator: ", ")
        case .language: person.language.map { T.languageName($0)(language) } ?? ""
        case .timeZone: person.timeZone ?? ""
        }
        return text.isEmpty ? "–" : text
    }
}
