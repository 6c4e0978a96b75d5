import Foundation

/// The consent form printed on A4 for a person to sign on paper, in Thai (the language of record).
enum ConsentPrintout {
    struct Model: Sendable {
        /// Empty for a blank form.
        let name: String
        let nationalID: String
        let estate: String
        let items: [String]
        let version: String
        let backPath: String
    }
}
