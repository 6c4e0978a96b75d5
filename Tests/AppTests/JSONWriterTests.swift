import Foundation
import Testing
import Vapor

@testable import App

/// The API list written by hand (`JSONWriter`) is the JSON `JSONEncoder` writes for the same page.
extension AppTests {
    @Suite struct JSONWriterTests {
        @Test func theHandWrittenListIsTheJSONTheEncoderWrites() async throws {
            let tricky = "สมชาย \"ใจดี\" \\ / \n\t\u{01} é 👍🏽"
            let page = ParticipantsAPIController.Page(
                items: [
                    .init(
                        id: UUID(),
                        prefix: "นาย",
                        first_name_th: tricky,
                        last_name_th: "ใจดี",
                        first_name_en: nil,
                        last_name_en: "Jaidee",
                        gender: "male",
                        birth_date: nil,
                        age_group: "working_age",
                        national_id_masked: "1-2345-xxxxx-xx-1",
                        phone: nil,
                        estate_id: UUID(),
                        community_id: nil
                    ),
                    .init(
                        id: UUID(),
                        prefix: "",
                        first_name_th: "",
                        last_name_th: "ข",
                        first_name_en: "A",
                        last_name_en: nil,
                        gender: "female",
                        birth_date: "1990-01-31",
                        age_group: nil,
                        national_id_masked: nil,
                        phone: "0812345678",
                        estate_id: UUID(),
                        community_id: UUID()
                    ),
                ],
                next: "b64/cursor=="
            )
            let app = try await Application.make(.testing)
            do {
                try await check(page, app)
            } catch {
                try await app.asyncShutdown()
                throw error
            }
            try await app.asyncShutdown()
        }

        private func check(_ page: ParticipantsAPIController.Page, _ app: Application) async throws {
            let response = try await page.encodeResponse(for: Request(application: app, on: app.eventLoopGroup.next()))
            #expect(response.headers.contentType == .json)
            let written = try #require(response.body.data)
            let encoded = try JSONEncoder().encode(page)
            let a = try JSONSerialization.jsonObject(with: written) as? NSDictionary
            let b = try JSONSerialization.jsonObject(with: encoded) as? NSDictionary
            #expect(a != nil && a == b)
            // Members the reader is not shown are absent, not null.
            #expect(!String(decoding: written, as: UTF8.self).contains("null"))
            let empty = ParticipantsAPIController.Page(items: [], next: nil)
            let none = try await empty.encodeResponse(for: Request(application: app, on: app.eventLoopGroup.next()))
            #expect(none.body.string == #"{"items":[]}"#)
        }
    }
}
