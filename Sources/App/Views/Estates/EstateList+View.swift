import Plot
import SanfanCore

extension EstateList {
    static func view(_ rows: [Row], _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            t(.navEstates),
            context,
            .h1(.text(t(.navEstates))),
            .div(
                .class("table-wrap"),
                .table(
                    .thead(
                        .tr(
                            .th(.text(t(.code))),
                            .th(.text(t(.estate))),
                            .th(.text(t(.province))),
                            .th(.text(t(.operatorColumn))),
                            .th(.text(t(.programmeYear)))
                        )
                    ),
                    .tbody(
                        .forEach(rows) { row in
                            .tr(
                                .td(.code(.text(row.code))),
                                .td(.text(row.name)),
                                .td(.text(row.province)),
                                .td(.text(t(operatorPhrase(row.operatorKind)))),
                                .td(.text(row.programmeYear.map { t.fiscalYear($0) } ?? "—"))
                            )
                        }
                    )
                )
            )
        )
    }

    static func operatorPhrase(_ code: String) -> Phrase {
        switch code {
        case "ieat": .operatorIEAT
        case "joint": .operatorJoint
        default: .operatorUnknown
        }
    }
}
