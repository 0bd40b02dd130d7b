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
    /// An IANA time zone (`PersonalTimeZone.parse`); nil: left as it is.
    public var timeZone: String? = nil
}

/// The columns a people import knows, in the order a preview shows them.
public enum ImportColumn: String, CaseIterable, Equatable, Sendable {
    case name, email, roles, seniority
    case practiceGroup = "practice_group"
    case expertise, language
    case timeZone = "time_zone"

    /// The columns a file must have.
    public static let required: [ImportColumn] = [.name, .email, .roles]
}

/// One row of an import file as text, with the line (or worksheet row) it stands on.
public struct ImportRow: Equatable, Sendable {
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// Why a row (or the whole file) was refused. The server turns each case into a message
/// in the reader's language.
public enum ImportProblem: Equatable, Sendable {
    case empty
    case unterminatedQuote
    case missingColumn(ImportColumn)
    case wrongFieldCount(expected: Int, found: Int)
    case missingName
    case invalidEmail(String)
    case duplicateEmail(firstLine: Int)
    case noRole
    case unknownRole(String)
    case unknownSeniority(String)
    case unknownLanguage(String)
    case unknownTimeZone(String)
}

public struct ImportIssue: Equatable, Sendable {
    public var line: Int
    public var problem: ImportProblem

    public init(line: Int, problem: ImportProblem) {
        self.line = line
        self.problem = problem
    }
}

/// The outcome of reading an import file: every valid row and every refused row, the
/// columns that are imported and the header titles that are not.
/// An import is applied only when `issues` is empty (all or nothing).
public struct PeopleImportResult: Equatable, Sendable {
    public var people: [ImportedPerson]
    public var issues: [ImportIssue]
    /// The known columns the file has, in ``ImportColumn`` order.
    public var columns: [ImportColumn] = []
    /// Header titles the import does not know (or a second column for the same thing), as
    /// written in the file: their cells are not imported.
    public var ignoredColumns: [String] = []
    public var isValid: Bool { issues.isEmpty && !people.isEmpty }

    public init(people: [ImportedPerson], issues: [ImportIssue], columns: [ImportColumn] = [], ignoredColumns: [String] = []) {
        self.people = people
        self.issues = issues
        self.columns = columns
        self.ignoredColumns = ignoredColumns
    }
}

/// Reads the rows of a file of people (the reading of CSV or Excel into rows happens before).
/// Columns (English or Dutch headers, any order, any case):
/// `name`/`naam`, `email`/`e-mail`, `roles`/`rollen` (required); `seniority`/`senioriteit`,
/// `practice_group`/`vakgroep`, `expertise`, `language`/`taal`, `time_zone`/`tijdzone` (optional). Other columns are
/// named in ``PeopleImportResult/ignoredColumns`` and left alone.
/// Several roles or expertise areas in one cell are separated by `|`, `+` or `/`
/// (or `;` and `,` when that is not the file's separator and the cell is quoted).
public enum PeopleImport {
    static let aliases: [String: ImportColumn] = [
        "name": .name, "naam": .name,
        "email": .email, "e-mail": .email, "mail": .email, "e-mailadres": .email, "emailadres": .email,
        "roles": .roles, "role": .roles, "rollen": .roles, "rol": .roles,
        "seniority": .seniority, "senioriteit": .seniority, "level": .seniority, "niveau": .seniority,
        "practice_group": .practiceGroup, "practice group": .practiceGroup, "vakgroep": .practiceGroup,
        "expertise": .expertise,
        "language": .language, "taal": .language,
        "time_zone": .timeZone, "time zone": .timeZone, "timezone": .timeZone, "tijdzone": .timeZone,
    ]
    static let roleWords: [String: Role] = [
        "admin": .admin, "beheerder": .admin,
        "coordinator": .coordinator, "coördinator": .coordinator,
        "mentor": .mentor, "mentee": .mentee,
    ]

    /// Reads `rows`, the first with text being the header. Rows without any text (blank, or
    /// only separators) are left out.
    public static func read(_ rows: [ImportRow]) -> PeopleImportResult {
        let records = rows.filter { row in row.fields.contains { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } }
        guard let header = records.first else {
            return PeopleImportResult(people: [], issues: [ImportIssue(line: 1, problem: .empty)])
        }
        var columns: [ImportColumn: Int] = [:]
        var ignored: [String] = []
        for (index, title) in header.fields.enumerated() {
            let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
            if let column = aliases[trimmed.lowercased()], columns[column] == nil {
                columns[column] = index
            } else if !trimmed.isEmpty {
                ignored.append(trimmed)
            }
        }
        let present = ImportColumn.allCases.filter { columns[$0] != nil }
        let missing = ImportColumn.required.filter { columns[$0] == nil }
        if !missing.isEmpty {
            return PeopleImportResult(people: [], issues: missing.map { ImportIssue(line: header.line, problem: .missingColumn($0)) },
                                      columns: present, ignoredColumns: ignored)
        }
        if records.count == 1 {
            return PeopleImportResult(people: [], issues: [ImportIssue(line: header.line, problem: .empty)],
                                      columns: present, ignoredColumns: ignored)
        }

        var people: [ImportedPerson] = []
        var issues: [ImportIssue] = []
        var firstLineOfEmail: [String: Int] = [:]
        for record in records.dropFirst() {
            // Empty cells beyond the header (a spreadsheet's stray separators) do no harm.
            let extra = record.fields.dropFirst(header.fields.count)
            if record.fields.count < header.fields.count || extra.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                issues.append(ImportIssue(line: record.line, problem: .wrongFieldCount(expected: header.fields.count, found: record.fields.count)))
                continue
            }
            func cell(_ column: ImportColumn) -> String {
                guard let index = columns[column] else { return "" }
                return record.fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            var rowProblems: [ImportProblem] = []
            let name = cell(.name)
            if name.isEmpty { rowProblems.append(.missingName) }
            let email = cell(.email).lowercased()
            if !isPlausibleEmail(email) {
                rowProblems.append(.invalidEmail(cell(.email)))
            } else if let first = firstLineOfEmail[email] {
                rowProblems.append(.duplicateEmail(firstLine: first))
            } else {
                firstLineOfEmail[email] = record.line
            }
            var roles: [Role] = []
            let roleWordsInCell = splitList(cell(.roles))
            if roleWordsInCell.isEmpty { rowProblems.append(.noRole) }
            for word in roleWordsInCell {
                if let role = roleWords[word.lowercased()] {
                    if !roles.contains(role) { roles.append(role) }
                } else {
                    rowProblems.append(.unknownRole(word))
                }
            }
            var seniority: Seniority?
            let seniorityText = cell(.seniority).lowercased()
            if !seniorityText.isEmpty {
                seniority = Seniority(rawValue: seniorityText)
                if seniority == nil { rowProblems.append(.unknownSeniority(cell(.seniority))) }
            }
            var language: Language?
            let languageText = cell(.language).lowercased()
            if !languageText.isEmpty {
                language = Language(rawValue: languageText)
                    ?? ["dutch": .nl, "nederlands": .nl, "english": .en, "engels": .en][languageText]
                if language == nil { rowProblems.append(.unknownLanguage(cell(.language))) }
            }
            var timeZone: String?
            switch PersonalTimeZone.parse(cell(.timeZone)) {
            case .success(let identifier): timeZone = identifier
            case .failure(.unknown(let text)): rowProblems.append(.unknownTimeZone(text))
            }
            if rowProblems.isEmpty {
                people.append(ImportedPerson(
                    line: record.line, name: name, email: email, roles: roles.sorted(), seniority: seniority,
                    practiceGroup: cell(.practiceGroup), expertise: splitList(cell(.expertise)), language: language,
                    timeZone: timeZone))
            } else {
                issues.append(contentsOf: rowProblems.map { ImportIssue(line: record.line, problem: $0) })
            }
        }
        return PeopleImportResult(people: people, issues: issues, columns: present, ignoredColumns: ignored)
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
