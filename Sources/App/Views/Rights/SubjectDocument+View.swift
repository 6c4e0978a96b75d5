import Foundation
import Plot
import SanfanCore

/// Everything held about one person (`SubjectData`), as an A4 document to print or save as PDF:
/// the record as a list, then every section as a table, empty ones saying so.
enum SubjectDocument {
    static func view(_ document: SubjectData.Document, person: String, _ context: PageContext) -> HTML {
        let t = context.t
        let thai = context.language == .thai
        let title = t(.subjectDocumentTitle, person)
        func label(_ label: SubjectData.Label) -> String { thai ? label.th : label.en }
        return HTML(
            .attribute(named: "lang", value: context.language.rawValue),
            Layout.printHead(title),
            .body(
                .class("printout"),
                .div(
                    .class("no-print"),
                    .a(.href(SiteURL.participant(document.personID).path), .plain("← " + person)),
                    .plain(" · " + t(.subjectDocumentPrint))
                ),
                .article(
                    .h1(.plain(title)),
                    .p(
                        .class("center"),
                        .plain(t(.subjectDocumentIntro, t.dateTime(document.generatedAt), document.generatedBy))
                    ),
                    .h2(.plain(label(document.record.title))),
                    .dl(
                        .class("facts"),
                        .forEach(Array(zip(document.record.columns, document.record.rows.first ?? []))) {
                            column,
                            value in
                            .group(.dt(.plain(label(column.label))), .dd(.plain(shown(value, column.kind, t))))
                        }
                    ),
                    .forEach(document.sections) { section in
                        .section(
                            .class("subject-section"),
                            .h2(.plain(label(section.title))),
                            Components.dataTable(
                                section.columns.map { label($0.label) },
                                section.rows.map { row in
                                    zip(section.columns, row).map { column, value in
                                        Components.Cell(shown(value, column.kind, t))
                                    }
                                },
                                empty: t(.subjectDocumentNone)
                            )
                        )
                    }
                )
            )
        )
    }

    /// A value as the person reads it: Buddhist-Era dates, baht, yes or no, words for codes.
    static func shown(_ value: SubjectData.Value, _ kind: SubjectData.Kind, _ t: Localizer) -> String {
        switch (value, kind) {
        case (.null, _): "—"
        case (.text(let text), .day): t.day(text)
        case (.text(let text), .code(let phrase)): phrase(text).map { t($0) } ?? text
        case (.text(let text), _): text
        case (.number(let amount), .money): t.money(Satang(amount))
        case (.number(let number), _): String(number)
        case (.flag(let flag), _): t(flag ? .yes : .no)
        case (.time(let date), _): t.dateTime(date)
        }
    }
}
