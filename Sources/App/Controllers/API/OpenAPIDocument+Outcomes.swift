import SanfanCore

/// Livelihoods after referral: mentoring, loans, enterprises, placements, baselines and follow-ups.
extension OpenAPIDocument {
    static func choice(_ values: [String]) -> JSONValue {
        ["type": "string", "enum": .array(values.map { .string($0) })]
    }

    private static let baht: JSONValue = [
        "type": "string", "pattern": "^[0-9]{1,12}(\\\\.[0-9]{1,2})?$", "description": "Baht, at most two decimals",
    ]
    private static let day: JSONValue = ["type": "string", "description": "A day, e.g. 2020-03-15 or 15/3/2563"]
    static let isoDay: JSONValue = ["type": "string", "format": "date"]
    private static let saved: JSONValue = ["description": "Saved"]

    /// A list read 200 at a time, newest first: `?page=`, and `next_page` while there are more.
    private static func listOf(_ summary: String, _ schema: String) -> JSONValue {
        [
            "summary": .string(summary), "security": [["bearer": []]],
            "parameters": [
                [
                    "name": "page", "in": "query", "required": false,
                    "schema": ["type": "integer", "minimum": 1, "maximum": 10_000],
                ]
            ],
            "responses": [
                "200": json(
                    summary,
                    object(
                        required: ["items"],
                        [
                            ("items", ["type": "array", "items": ref(schema)]),
                            ("next_page", ["type": "integer", "minimum": 2]),
                        ]
                    )
                ),
                "401": errorResponse("No valid token"),
            ],
        ]
    }

    static let outcomePaths: [(String, JSONValue)] = [
        (
            "/api/v1/loans",
            [
                "get": listOf(
                    "Loans within the caller's scope (a bank: its own, of people who still consent to share with it)",
                    "LoanRow"
                )
            ]
        ),
        (
            "/api/v1/loans/{loanID}",
            [
                "get": operation(
                    "One loan with its amounts and the day of each status",
                    parameter: "loanID",
                    [("200", json("The loan", ref("Loan"))), ("404", errorResponse("No such loan within your scope"))]
                )
            ]
        ),
        (
            "/api/v1/loans/{loanID}/moves",
            [
                "post": operation(
                    "Move a loan one step on (its bank or HQ): never back, never disbursing more than approved",
                    parameter: "loanID",
                    body: object(
                        required: ["status"],
                        [
                            ("status", choice(LoanStatus.allCases.map(\.rawValue))), ("on", day),
                            ("amount_approved", baht),
                            ("amount_disbursed", baht), ("guaranteed", choice(["yes", "no"])),
                            ("guaranteed_amount", baht),
                            ("decline_reason", choice(DeclineReason.allCases.map(\.rawValue))),
                        ]
                    ),
                    [
                        ("200", json("Moved", ref("Loan"))), ("404", errorResponse("No such loan within your scope")),
                        ("422", errorResponse("Not a forward step, or amounts or day invalid")),
                    ]
                )
            ]
        ),
        (
            "/api/v1/referrals/{referralID}/loan",
            [
                "post": operation(
                    "Open the loan application for a referral to the caller's bank",
                    parameter: "referralID",
                    body: object(required: ["product"], [("product", str), ("amount_requested", baht)]),
                    [
                        ("201", json("Opened", ref("Loan"))),
                        ("404", errorResponse("No such referral within your scope")),
                        ("422", errorResponse("Invalid fields, or the referral already has an application")),
                    ]
                )
            ]
        ),
        (
            "/api/v1/mentoring",
            [
                "get": listOf("Mentoring sessions within the caller's scope (a bank: its own)", "Mentoring"),
                "post": operation(
                    "Log a mentoring session for people (and perhaps an enterprise) of one estate",
                    body: object(
                        required: ["topic"],
                        [
                            ("mentor_id", uuid), ("topic", choice(MentoringTopic.allCases.map(\.rawValue))),
                            ("held_on", day),
                            ("notes", ["type": "string", "maxLength": 1000]), ("enterprise_id", uuid),
                            ("participant_ids", ["type": "array", "items": uuid]),
                        ]
                    ),
                    [
                        ("201", json("Logged", ["type": "object"])),
                        ("422", errorResponse("Unknown mentor, topic or people, or invalid fields")),
                    ]
                ),
            ]
        ),
        (
            "/api/v1/enterprises",
            [
                "get": listOf("Enterprises within the caller's scope (a bank: those referred to it)", "EnterpriseRow"),
                "post": operation(
                    "Record an enterprise at one of the caller's estates",
                    body: object(
                        required: ["kind", "name", "estate_id"],
                        [
                            ("kind", choice(EnterpriseKind.allCases.map(\.rawValue))), ("name", str),
                            ("registration_code", str), ("juristic_id", str), ("occupation_id", uuid),
                            ("products", str),
                            ("estate_id", uuid), ("community_id", uuid), ("started_on", day),
                        ]
                    ),
                    [
                        ("201", json("Recorded", ref("Enterprise"))),
                        ("422", errorResponse("Invalid fields, such as a juristic ID with a wrong check digit")),
                    ]
                ),
            ]
        ),
        (
            "/api/v1/enterprises/{enterpriseID}",
            [
                "get": operation(
                    "One enterprise",
                    parameter: "enterpriseID",
                    [
                        ("200", json("The enterprise", ref("Enterprise"))),
                        ("404", errorResponse("No such enterprise within your scope")),
                    ]
                )
            ]
        ),
        (
            "/api/v1/enterprises/{enterpriseID}/members",
            [
                "post": operation(
                    "Add a person of the caller's estates to an enterprise, once",
                    parameter: "enterpriseID",
                    body: object(
                        required: ["participant_id", "role"],
                        [
                            ("participant_id", uuid), ("role", choice(MemberRole.allCases.map(\.rawValue))),
                            ("joined_on", day),
                        ]
                    ),
                    [
                        ("201", json("Added", ["type": "object"])),
                        ("404", errorResponse("No such enterprise within your scope")),
                        (
                            "422",
                            errorResponse("Unknown person, already a member, or a day before the enterprise began")
                        ),
                    ]
                )
            ]
        ),
        (
            "/api/v1/enterprises/{enterpriseID}/revenue",
            [
                "put": operation(
                    "Record (or correct) an enterprise's revenue for one month",
                    parameter: "enterpriseID",
                    body: object(required: ["month", "revenue"], [("month", str), ("revenue", baht)]),
                    [
                        ("204", saved), ("404", errorResponse("No such enterprise within your scope")),
                        ("422", errorResponse("Invalid month or amount")),
                    ]
                )
            ]
        ),
        (
            "/api/v1/placements",
            [
                "get": listOf("Job placements within the caller's scope (an employer: its own)", "Placement"),
                "post": operation(
                    "Record a job a person of the caller's estates took",
                    body: object(
                        required: ["participant_id", "position", "started_on", "monthly_wage"],
                        [
                            ("participant_id", uuid), ("employer_id", uuid), ("employer_name", str), ("position", str),
                            ("occupation_id", uuid), ("started_on", day), ("ended_on", day), ("monthly_wage", baht),
                            ("inside_estate", choice(["yes", "no"])),
                        ]
                    ),
                    [("201", json("Recorded", ref("Placement"))), ("422", errorResponse("Invalid fields"))]
                ),
            ]
        ),
        (
            "/api/v1/follow-ups",
            [
                "get": authed(
                    "Follow-ups due or overdue in the caller's estates, most overdue first",
                    json(
                        "Due",
                        object(
                            required: ["items", "total"],
                            [
                                (
                                    "items",
                                    [
                                        "type": "array",
                                        "items": object(
                                            required: ["participant_id", "course_id", "months", "due_on", "overdue"],
                                            [
                                                ("participant_id", uuid), ("course_id", uuid),
                                                ("months", ["type": "integer"]),
                                                ("due_on", isoDay), ("overdue", ["type": "boolean"]),
                                            ]
                                        ),
                                    ]
                                ),
                                ("total", ["type": "integer", "minimum": 0]),
                            ]
                        )
                    )
                )
            ]
        ),
        (
            "/api/v1/participants/{participantID}/follow-ups",
            [
                "post": operation(
                    "Record a follow-up after a course the person completed: their income, or reached = no",
                    parameter: "participantID",
                    body: object(
                        required: ["course_id", "months"],
                        [
                            ("course_id", uuid), ("months", choice(["3", "6", "12"])), ("done_on", day),
                            ("reached", choice(["yes", "no"])), ("monthly_income", baht),
                            ("main_source", choice(IncomeSource.allCases.map(\.rawValue))),
                        ]
                    ),
                    [
                        ("201", json("Recorded", ref("FollowUp"))),
                        ("404", errorResponse("No such person within your scope")),
                        ("422", errorResponse("Not completed, already recorded, or dated before the course ended")),
                    ]
                )
            ]
        ),
        (
            "/api/v1/participants/{participantID}/baseline",
            [
                "put": operation(
                    "Set the person's monthly income before the programme (0 or \"none\" for none)",
                    parameter: "participantID",
                    body: object(required: ["monthly_income"], [("monthly_income", str), ("asked_on", day)]),
                    [
                        ("204", saved), ("404", errorResponse("No such person within your scope")),
                        ("422", errorResponse("Invalid amount or day")),
                    ]
                )
            ]
        ),
        (
            "/api/v1/participants/{participantID}/livelihood",
            [
                "get": operation(
                    "One person's livelihood record, each part within the caller's scope",
                    parameter: "participantID",
                    [
                        (
                            "200",
                            json(
                                "The record",
                                object(
                                    required: ["participant_id", "follow_ups", "placements", "loans", "mentoring"],
                                    [
                                        ("participant_id", uuid), ("baseline_monthly_income_baht", str),
                                        ("follow_ups", ["type": "array", "items": ref("FollowUp")]),
                                        ("placements", ["type": "array", "items": ref("Placement")]),
                                        ("loans", ["type": "array", "items": ref("LoanRow")]),
                                        ("mentoring", ["type": "array", "items": ref("Mentoring")]),
                                    ]
                                )
                            )
                        ),
                        ("404", errorResponse("No such person within your scope")),
                    ]
                )
            ]
        ),
    ]
}
