import Foundation

/// Everything known about one person, as the viewer is allowed to see it.
enum ParticipantDetail {
    struct Fact: Sendable {
        let label: Phrase
        let value: String
    }

    struct ConsentRow: Sendable {
        let key: String
        let label: String
        /// nil when never asked.
        let granted: Bool?
        let detail: String
    }

    struct CourseLine: Sendable {
        let title: String
        /// The course page, when the reader may open it.
        let path: String?
        let detail: String
        let status: Phrase
    }

    struct Model: Sendable {
        let id: UUID
        let name: String
        let latinName: String?
        /// Masked unless revealed; nil when this reader is not shown the number at all.
        let nationalID: String?
        let canRevealID: Bool
        let idRevealed: Bool
        let identity: [Fact]
        let contact: [Fact]
        let programme: [Fact]
        let consents: [ConsentRow]
        let canEdit: Bool
        let record: [Fact]
        var courses: [CourseLine] = []
        /// Their certificates: the code, linked when the reader may open the certificate.
        var certificates: [CourseLine] = []
    }
}
