import MentorCore

/// Plot also declares a `Language`; inside this module the word means the product's.
typealias Language = MentorCore.Language
