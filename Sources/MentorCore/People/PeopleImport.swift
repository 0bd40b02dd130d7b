import Foundation

/// One valid row of a people import, ready to create or update an account.
public struct ImportedPerson: Equatable, Sendable {
    public var line: Int
    public var name: String
    public var email: String
    public var roles: [Role]
    public var seniority: Seniority?
    public var practiceGroup: String
    public var expertise: [String]
    public var language: Language?
}

/// Why a row (or the whole file) was refused. The server turns each case into a message
/// in the reader's language.
public enum ImportProblem: Equatable, Sendable {
    case empty
    case unterminatedQuote
    case missingColumn(String)
    case wrongFieldCount(expected: Int, found: Int)
    case missingName
    case invalidEmail(String)
    case duplicateEmail(firstLine: Int)
    case noRole
    case unknownRole(String)
    case unknownSeniority(String)
    case unknownLanguage(String)
}

public struct ImportIssue: Equatable, Sendable {
    public var line: Int
    public var problem: ImportProblem
}

/// The outcome of reading an import file: every valid row and every refused row.
/// An import is applied only when `issues` is empty (all or nothing).
public struct PeopleImportResult: Equatable, Sendable {
    public var people: [ImportedPerson]
    public var issues: [ImportIssue]
    public var isValid: Bool { issues.isEmpty && !people.isEmpty }
}

/// Reads a CSV of people. Columns (English or Dutch headers, any order):
/// `name`/`naam`, `email`/`e-mail`, `roles`/`rollen` (required); `seniority`/`senioriteit`,
/// `practice_group`/`vakgroep`, `expertise`, `language`/`taal` (optional).
/// Several roles or expertise areas in one cell are separated by `|`, `+` or `/`
/// (or `;` and `,` when that is not the file's separator and the cell is quoted).
public enum PeopleImport {
    static let aliases: [String: String] = [
        "name": "name", "naam": "name",
        "email": "email", "e-mail": "email", "mail": "email",
        "roles": "roles", "role": "roles", "rollen": "roles", "rol": "roles",
        "seniority": "seniority", "senioriteit": "seniority", "level": "seniority", "niveau": "seniority",
        "practice_group": "practice_group", "practice group": "practice_group", "vakgroep": "practice_group",
        "expertise": "expertise",
        "language": "language", "taal": "language",
    ]
    static let roleWords: [String: Role] = [
        "admin": .admin, "beheerder": .admin,
        "coordinator": .coordinator, "coördinator": .coordinator,
        "mentor": .mentor, "mentee": .mentee,
    ]

    public static func read(_ text: String) -> PeopleImportResult {
        let records: [CSVRecord]
        do {
            records = try CSV.parse(text)
        } catch {
            if case .unterminatedQuote(let line) = error {
                return PeopleImportResult(people: [], issues: [ImportIssue(line: line, problem: .unterminatedQuote)])
            }
            return PeopleImportResult(people: [], issues: [])
        }
        guard let header = records.first else {
            return PeopleImportResult(people: [], issues: [ImportIssue(line: 1, problem: .empty)])
        }
        var columns: [String: Int] = [:]
        for (index, title) in header.fields.enumerated() {
            let key = title.trimmingCharacters(in: .whitespaces).lowercased()
            if let canonical = aliases[key], columns[canonical] == nil { columns[canonical] = index }
        }
        let missing = ["name", "email", "roles"].filter { columns[$0] == nil }
        if !missing.isEmpty {
            return PeopleImportResult(people: [], issues: missing.map { ImportIssue(line: header.line, problem: .missingColumn($0)) })
        }
        if records.count == 1 {
            return PeopleImportResult(people: [], issues: [ImportIssue(line: header.line, problem: .empty)])
        }

        var people: [ImportedPerson] = []
        var issues: [ImportIssue] = []
        var firstLineOfEmail: [String: Int] = [:]
        for record in records.dropFirst() {
            if record.fields.count != header.fields.count {
                issues.append(ImportIssue(line: record.line, problem: .wrongFieldCount(expected: header.fields.count, found: record.fields.count)))
                continue
            }
            func cell(_ column: String) -> String {
                guard let index = columns[column] else { return "" }
                return record.fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            var rowProblems: [ImportProblem] = []
            let name = cell("name")
            if name.isEmpty { rowProblems.append(.missingName) }
            let email = cell("email").lowercased()
            if !isPlausibleEmail(email) {
                rowProblems.append(.invalidEmail(cell("email")))
            } else if let first = firstLineOfEmail[email] {
                rowProblems.append(.duplicateEmail(firstLine: first))
            } else {
                firstLineOfEmail[email] = record.line
            }
            var roles: [Role] = []
            let roleWordsInCell = splitList(cell("roles"))
            if roleWordsInCell.isEmpty { rowProblems.append(.noRole) }
            for word in roleWordsInCell {
                if let role = roleWords[word.lowercased()] {
                    if !roles.contains(role) { roles.append(role) }
                } else {
                    rowProblems.append(.unknownRole(word))
                }
            }
            var seniority: Seniority?
            let seniorityText = cell("seniority").lowercased()
            if !seniorityText.isEmpty {
                seniority = Seniority(rawValue: seniorityText)
                if seniority == nil { rowProblems.append(.unknownSeniority(cell("seniority"))) }
            }
            var language: Language?
            let languageText = cell("language").lowercased()
            if !languageText.isEmpty {
                language = Language(rawValue: languageText)
                    ?? ["dutch": .nl, "nederlands": .nl, "english": .en, "engels": .en][languageText]
                if language == nil { rowProblems.append(.unknownLanguage(cell("language"))) }
            }
            if rowProblems.isEmpty {
                people.append(ImportedPerson(
                    line: record.line, name: name, email: email, roles: roles.sorted(), seniority: seniority,
                    practiceGroup: cell("practice_group"), expertise: splitList(cell("expertise")), language: language))
            } else {
                issues.append(contentsOf: rowProblems.map { ImportIssue(line: record.line, problem: $0) })
            }
        }
        return PeopleImportResult(people: people, issues: issues)
    }

    /// Splits a cell holding several values.
    public static func splitList(_ cell: String) -> [String] {
        cell.split(whereSeparator: { "|+/;,".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// One plain address, checked strictly (see ``EmailAddress``): no lists, display names,
    /// spaces or control characters.
    public static func isPlausibleEmail(_ email: String) -> Bool { EmailAddress.isValid(email) }
}
