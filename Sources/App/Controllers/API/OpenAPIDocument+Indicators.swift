import SanfanCore

/// `GET /api/v1/indicators`: the dashboard's figures.
extension OpenAPIDocument {
    private static let figure: JSONValue = object(
        required: ["indicator", "shown"],
        [
            ("indicator", choice(Indicator.allCases.map(\.rawValue))),
            ("count", ["type": ["integer", "null"], "minimum": 0]),
            ("shown", choice(["exact", "fewer_than_five", "withheld"])),
            ("baht", nullableString),
            ("target", ["type": ["integer", "null"], "minimum": 0]),
        ]
    )

    static let indicatorSchemas: [(String, JSONValue)] = [
        ("IndicatorFigure", figure),
        (
            "Indicators",
            object(
                required: ["cycles", "exact", "totals"],
                [
                    (
                        "cycles",
                        [
                            "type": "array",
                            "items": object(
                                required: ["id", "fiscal_year"],
                                [("id", uuid), ("fiscal_year", ["type": "integer"])]
                            ),
                        ]
                    ),
                    (
                        "exact",
                        ["type": "boolean", "description": "false: counts of 1–4 and some others are not shown"]
                    ),
                    ("group_by", ["type": ["string", "null"]]),
                    ("totals", ["type": "array", "items": ref("IndicatorFigure")]),
                    ("income_communities", ["type": ["integer", "null"]]),
                    (
                        "groups",
                        [
                            "type": ["array", "null"],
                            "items": object(
                                required: ["key", "label", "figures"],
                                [
                                    ("key", str), ("label", str),
                                    ("figures", ["type": "array", "items": ref("IndicatorFigure")]),
                                ]
                            ),
                        ]
                    ),
                ]
            )
        ),
    ]

    static let indicatorPaths: [(String, JSONValue)] = [
        (
            "/api/v1/indicators",
            [
                "get": [
                    "summary":
                        "The programme's indicators for chosen cycles, as the dashboard counts them, within the caller's scope; readers without access to people see counts of 1–4 as fewer_than_five",
                    "security": [["bearer": []]],
                    "parameters": [
                        query("cycle", "A cycle's id; repeat for several; none means every cycle", uuid),
                        query("estate", "Only this estate", uuid),
                        query("occupation", "Only this occupation", uuid),
                        query("gender", "Only this gender", choice(Gender.allCases.map(\.rawValue))),
                        query("age_group", "Only this age group", choice(AgeGroup.allCases.map(\.rawValue))),
                        query("province", "Only people living in this province (DOPA code)", ["type": "integer"]),
                        query("group_by", "Break every figure down by", choice(Breakdown.allCases.map(\.rawValue))),
                    ],
                    "responses": [
                        "200": json("The figures", ref("Indicators")),
                        "401": errorResponse("No valid token"),
                        "403": errorResponse("No access to the dashboard"),
                        "422": errorResponse("Unknown group_by"),
                    ],
                ]
            ]
        )
    ]
}
