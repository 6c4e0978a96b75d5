import Fluent
import Foundation
import NIOCore
import SanfanCore
import Vapor

/// Downloads of tables as CSV (UTF-8 with a BOM, so Excel on Thai Windows reads the Thai) or as an
/// .xlsx workbook. Large ones are read a page at a time: a CSV streams each page out as it is read,
/// so the download starts at once and memory stays flat; a workbook is written page by page to a
/// temporary file and then sent from disk. Every export is audited: who, what, how many rows.
enum Exports {
    enum Format: String, Sendable {
        case csv, xlsx
    }

    /// One page of rows, and where the next begins (nil at the end).
    typealias Page = @Sendable (_ after: String?) async throws -> (rows: [[XLSXWriter.Value]], next: String?)

    struct Table: Sendable {
        let name: String
        let columns: [XLSXWriter.Column]
        let page: Page
    }

    /// A small table already in memory, as one page.
    static func table(_ name: String, _ columns: [XLSXWriter.Column], _ rows: [[XLSXWriter.Value]]) -> Table {
        Table(name: name, columns: columns) { _ in (rows, nil) }
    }

    static func text(_ value: XLSXWriter.Value) -> String {
        switch value {
        case .text(let text): text
        case .integer(let number): String(number)
        case .money(let satang): XLSXWriter.decimal(satang)
        case .date(let day): day.iso
        case .empty: ""
        }
    }

    /// Streams tables as one CSV: each table's name on a line of its own before its header when
    /// there are several, then its rows.
    static func csv(
        _ tables: [Table],
        filename: String,
        audit: @escaping @Sendable (_ rows: Int, _ complete: Bool) async -> Void
    ) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.contentDisposition = .init(.attachment, filename: filename + ".csv")
        headers.cacheControl = .init(noStore: true)
        let body = Response.Body(asyncStream: { writer in
            var count = 0
            do {
                var first = ByteBuffer(string: CSV.byteOrderMark)
                for (index, table) in tables.enumerated() {
                    if tables.count > 1 {
                        first.writeString((index > 0 ? "\r\n" : "") + CSV.line([table.name]))
                    }
                    first.writeString(CSV.line(table.columns.map(\.header)))
                    try await writer.write(.buffer(first))
                    first = ByteBuffer()
                    var after: String?
                    repeat {
                        let page = try await table.page(after)
                        var buffer = ByteBufferAllocator().buffer(capacity: 64 * 1024)
                        for row in page.rows { buffer.writeString(CSV.line(row.map(text))) }
                        count += page.rows.count
                        try await writer.write(.buffer(buffer))
                        after = page.next
                    } while after != nil
                }
                try await writer.write(.end)
                await audit(count, true)
            } catch {
                await audit(count, false)
                try? await writer.write(.error(error))
            }
        })
        return Response(status: .ok, headers: headers, body: body)
    }

    /// Writes the tables as sheets of one workbook in a temporary file, then sends it and removes it.
    static func xlsx(
        _ tables: [Table],
        filename: String,
        req: Request,
        audit: @Sendable (_ rows: Int, _ complete: Bool) async -> Void
    ) async throws -> Response {
        let directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("sanfan-export-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent("export.xlsx")
        var count = 0
        do {
            var sheets: [XLSXWriter.Sheet] = []
            for table in tables {
                let sheet = try XLSXWriter.Sheet(name: table.name, columns: table.columns, directory: directory)
                var after: String?
                repeat {
                    let page = try await table.page(after)
                    for row in page.rows { try sheet.append(row) }
                    count += page.rows.count
                    after = page.next
                } while after != nil
                sheets.append(sheet)
            }
            try XLSXWriter.write(sheets, to: url)
        } catch {
            try? FileManager.default.removeItem(at: directory)
            await audit(count, false)
            throw error
        }
        await audit(count, true)
        let response = try await req.fileio.asyncStreamFile(
            at: url.path,
            mediaType: HTTPMediaType(
                type: "application",
                subType: "vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            )
        ) { _ in try? FileManager.default.removeItem(at: directory) }
        response.headers.contentDisposition = .init(.attachment, filename: filename + ".xlsx")
        response.headers.cacheControl = .init(noStore: true)
        return response
    }

    /// The audit entry for an export: who (the actor), what (`kind`, with the choice), how many rows.
    static func record(
        _ kind: String,
        format: Format,
        rows: Int,
        complete: Bool,
        detail: String,
        actor: Audit.Actor,
        at date: Date,
        on database: any Database
    ) async {
        try? await Audit.record(
            .export,
            entity: "export",
            id: kind,
            before: nil,
            after: [
                "format": format.rawValue, "rows": String(rows), "complete": complete ? "yes" : "no", "choice": detail,
            ],
            by: actor,
            at: date,
            on: database
        )
    }
}
