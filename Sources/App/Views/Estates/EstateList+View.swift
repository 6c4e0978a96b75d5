import Plot
import SanfanCore

extension EstateList {
    static func view(_ rows: [Row], _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            t(.navEstates),
            context,
            .h1(.plain(t(.navEstates))),
            .div(
                .class("table-wrap"),
                .table(
                    .thead(
                        .tr(
                            .th(.plain(t(.code))),
                            .th(.plain(t(.estate))),
                            .th(.plain(t(.province))),
                            .th(.plain(t(.operatorColumn))),
                            .th(.plain(t(.programmeYear)))
                        )
                    ),
                    .tbody(
                        .forEach(rows) { row in
                            .tr(
                                .td(.code(.plain(row.code))),
                                .td(.plain(row.name)),
                                .td(.plain(row.province)),
                                .td(.plain(t(operatorPhrase(row.operatorKind)))),
                                .td(.plain(row.programmeYear.map { t.fiscalYear($0) } ?? "—"))
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
