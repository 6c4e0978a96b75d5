/// The API's planning and registry-keeping operations, each the twin of a page's form: cycles and
/// targets, course edits, dropping and completion, communities, consent, and the address lists.
extension OpenAPIDocument {
    static let planningSchemas: [(String, JSONValue)] = [
        (
            "CycleInput",
            object(
                required: [],
                [
                    "fiscal_year": ["type": "integer", "description": "Buddhist Era (2563) or Gregorian (2020)"],
                    "name_th": text(max: 200), "name_en": text(max: 200),
                    "status": ["type": "string", "enum": ["planning", "running", "closed"]],
                    "age_bands": [
                        "type": "string",
                        "description":
                            "Minimum age, near-retirement age and elderly age, e.g. 18,50,60; empty for the default",
                    ],
                    "estate_ids": ["type": "array", "items": uuid],
                ]
            )
        ),
        (
            "TargetsInput",
            object(
                required: ["targets"],
                [
                    "targets": [
                        "type": "array",
                        "items": object(
                            required: ["estate_id"],
                            [
                                "estate_id": uuid,
                                "trained": ["type": "integer", "minimum": 0, "maximum": 10_000_000],
                                "certified": ["type": "integer", "minimum": 0, "maximum": 10_000_000],
                                "livelihoods": ["type": "integer", "minimum": 0, "maximum": 10_000_000],
                                "income_per_community_baht": [
                                    "type": "string", "pattern": "^[0-9]{1,12}(\\.[0-9]{1,2})?$",
                                ],
                            ]
                        ),
                    ]
                ]
            )
        ),
        (
            "Community",
            object(
                required: ["id", "name_th", "estate_id"],
                [
                    "id": uuid, "name_th": str, "estate_id": uuid,
                    "subdistrict_code": ["type": ["integer", "null"]], "households": ["type": ["integer", "null"]],
                    "people": ["type": ["integer", "null"]],
                ]
            )
        ),
        (
            "CommunityInput",
            object(
                required: ["estate_id", "name_th", "subdistrict_code"],
                [
                    "estate_id": uuid, "name_th": ["type": "string", "minLength": 1, "maxLength": 200],
                    "subdistrict_code": ["type": "integer"],
                    "households": ["type": "integer", "minimum": 0, "maximum": 1_000_000],
                ]
            )
        ),
    ]

    static func body(_ schema: JSONValue) -> JSONValue {
        ["required": true, "content": ["application/json": ["schema": schema]]]
    }

    static func operation(
        _ summary: String,
        parameter: String? = nil,
        body schema: JSONValue? = nil,
        _ responses: [(String, JSONValue)]
    ) -> JSONValue {
        var fields: [(String, JSONValue)] = [("summary", .string(summary)), ("security", [["bearer": []]])]
        if let parameter { fields.append(("parameters", [pathParameter(parameter)])) }
        if let schema { fields.append(("requestBody", body(schema))) }
        fields.append(("responses", .object(responses)))
        return .object(fields)
    }

    static let planningPaths: [(String, JSONValue)] = [
        (
            "/api/v1/cycles",
            [
                "post": operation(
                    "Plan a cycle (HQ): fiscal year, names, status, age bands and estates",
                    body: ref("CycleInput"),
                    [
                        ("201", json("Planned", ref("Cycle"))), ("403", errorResponse("May not plan cycles")),
                        ("422", errorResponse("Invalid fields, or the fiscal year already has a cycle")),
                    ]
                )
            ]
        ),
        (
            "/api/v1/cycles/{cycleID}",
            [
                "patch": operation(
                    "Change a cycle: only the fields sent change",
                    parameter: "cycleID",
                    body: ref("CycleInput"),
                    [
                        ("200", json("The cycle", ref("Cycle"))), ("404", errorResponse("No such cycle")),
                        ("422", errorResponse("Invalid fields, or an estate leaving still has courses")),
                    ]
                )
            ]
        ),
        (
            "/api/v1/cycles/{cycleID}/targets",
            [
                "put": operation(
                    "Set targets for estates of the cycle; all rows or none",
                    parameter: "cycleID",
                    body: ref("TargetsInput"),
                    [
                        ("200", json("The cycle", ref("Cycle"))), ("404", errorResponse("No such cycle")),
                        ("422", errorResponse("A figure out of range, an estate not in the cycle, or a closed cycle")),
                    ]
                )
            ]
        ),
        (
            "/api/v1/courses/{courseID}",
            [
                "patch": operation(
                    "Change a course: only the fields sent change",
                    parameter: "courseID",
                    body: ref("CourseInput"),
                    [
                        ("200", json("The course", ref("Course"))),
                        ("404", errorResponse("No such course within your scope")),
                        ("422", errorResponse("Invalid fields, sessions outside the days, or the cycle is closed")),
                    ]
                )
            ]
        ),
        (
            "/api/v1/enrolments/{enrolmentID}/drop",
            [
                "post": operation(
                    "Take someone out of a course, with the reason; the first person waiting gets the seat",
                    parameter: "enrolmentID",
                    body: object(
                        required: ["reason"],
                        ["reason": ["type": "string", "minLength": 1, "maxLength": 500]]
                    ),
                    [
                        ("200", json("The enrolment", ref("Enrolment"))),
                        ("404", errorResponse("No such enrolment within your scope")),
                        ("422", errorResponse("No reason, or the cycle is closed")),
                    ]
                )
            ]
        ),
        (
            "/api/v1/enrolments/{enrolmentID}/completion",
            [
                "put": operation(
                    "Decide completion over attendance, with the reason; attendance goes back to what the register says",
                    parameter: "enrolmentID",
                    body: object(
                        required: ["decision"],
                        [
                            "decision": ["type": "string", "enum": ["complete", "incomplete", "attendance"]],
                            "reason": ["type": "string", "maxLength": 500],
                        ]
                    ),
                    [
                        ("200", json("The enrolment", ref("Enrolment"))),
                        ("404", errorResponse("No such enrolment within your scope")),
                        ("422", errorResponse("No reason for a decision, or the cycle is closed")),
                    ]
                )
            ]
        ),
        (
            "/api/v1/participants/{participantID}/consents",
            [
                "post": operation(
                    "Give or withdraw one consent item, recorded as given in person; withdrawing sensitive-data consent erases that data",
                    parameter: "participantID",
                    body: object(
                        required: ["item", "granted"],
                        [
                            "item": ["type": "string", "description": "programme, assessment:DSD, finance:GSB, …"],
                            "granted": ["type": "boolean"],
                        ]
                    ),
                    [
                        ("200", json("The person", ref("Participant"))),
                        ("404", errorResponse("No such person within your scope")),
                        ("422", errorResponse("No such consent item")),
                    ]
                )
            ]
        ),
        (
            "/api/v1/communities",
            [
                "get": authed("Communities of the caller's estates", json("Communities", list(ref("Community")))),
                "post": operation(
                    "Add a community to one of the caller's estates",
                    body: ref("CommunityInput"),
                    [
                        ("201", json("Added", ref("Community"))),
                        ("422", errorResponse("Invalid fields, another estate, or the name is taken")),
                    ]
                ),
            ]
        ),
        (
            "/api/v1/communities/{communityID}",
            [
                "patch": operation(
                    "Change a community: only the fields sent change",
                    parameter: "communityID",
                    body: ref("CommunityInput"),
                    [
                        ("200", json("The community", ref("Community"))),
                        ("404", errorResponse("No such community within your estates")),
                        ("422", errorResponse("Invalid fields, or the name is taken")),
                    ]
                )
            ]
        ),
        (
            "/api/v1/provinces",
            [
                "get": authed(
                    "Provinces",
                    json(
                        "Provinces",
                        list(
                            object(
                                required: ["code", "name_th", "name_en"],
                                ["code": ["type": "integer"], "name_th": str, "name_en": str]
                            )
                        )
                    )
                )
            ]
        ),
        (
            "/api/v1/subdistricts",
            [
                "get": [
                    "summary": "The subdistricts of one province, with district and postcode",
                    "security": [["bearer": []]],
                    "parameters": [
                        [
                            "name": "province_code", "in": "query", "required": true,
                            "schema": ["type": "integer", "minimum": 1, "maximum": 99],
                        ]
                    ],
                    "responses": [
                        "200": json(
                            "Subdistricts",
                            list(
                                object(
                                    required: [
                                        "code", "name_th", "name_en", "district_th", "district_en", "province_code",
                                        "postcode",
                                    ],
                                    [
                                        "code": ["type": "integer"], "name_th": str, "name_en": str, "district_th": str,
                                        "district_en": str, "province_code": ["type": "integer"], "postcode": str,
                                    ]
                                )
                            )
                        ),
                        "422": errorResponse("No such province"),
                    ],
                ]
            ]
        ),
    ]
}
