import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Teams and Meet offer transcripts as Word documents. Their paragraphs hold the same
/// lines as the text exports ("Name  0:03" then the words, or "Name: text"), so the text
/// of `word/document.xml` is read paragraph by paragraph and handed to the text readers.
extension TranscriptParser {
    static func docxText(_ data: Data) throws(TranscriptError) -> String {
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch {
            throw .wordDocument(.cannotOpen)
        }
        guard let entry = archive["word/document.xml"] else {
            throw .wordDocument(.noText)
        }
        var xml = Data()
        do {
            _ = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: false) { chunk in
                xml.append(chunk)
                if xml.count > 64 * 1024 * 1024 { throw TranscriptError.wordDocument(.tooLarge) }
            }
        } catch let error as TranscriptError {
            throw error
        } catch {
            throw .wordDocument(.unreadablePart)
        }
        let reader = ParagraphReader()
        let parser = XMLParser(data: xml)
        parser.delegate = reader
        guard parser.parse() else { throw .wordDocument(.invalidXML) }
        return reader.paragraphs.joined(separator: "\n")
    }
}

/// Collects the text of `w:t` runs per `w:p` paragraph; tabs become two spaces.
final class ParagraphReader: NSObject, XMLParserDelegate {
    var paragraphs: [String] = []
    private var current = ""
    private var inText = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "w:t": inText = true
        case "w:tab": current += "  "
        case "w:br": current += " "
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "w:t" { inText = false }
        if name == "w:p" {
            paragraphs.append(current)
            current = ""
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
}
