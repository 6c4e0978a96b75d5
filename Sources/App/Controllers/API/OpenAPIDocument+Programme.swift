/// The programme's part of the API description: cycles, courses, sessions, enrolments, attendance.
extension OpenAPIDocument {
    static let programmeSchemas: [(String, JSONValue)] = [
        (
            "Cycle",
            object(
                required: ["id", "fiscal_year", "name_th", "name_en", "status"],
                [
                    "id": uuid, "fiscal_year": ["type": "integer", "description": "Buddhist Era, 1 Oct – 30 Sep"],
                    "name_th": str, "name_en": str,
                    "status": ["type": "string", "enum": ["planning", "running", "closed"]],
                    "estates": [
                        "type": "array",
                        "description": "Target against actual per estate (one cycle only)",
                        "items": object(
                            required: ["estate_id", "estate_code", "target", "actual"],
                            [
                                "estate_id": uuid, "estate_code": str,
                                "target": object(
                                    required: ["trained", "certified", "livelihoods", "income_per_community_baht"],
                                    [
                                        "trained": ["type": "integer"], "certified": ["type": "integer"],
                                        "livelihoods": ["type": "integer"], "income_per_community_baht": str,
                                    ]
                                ),
                                "actual": object(
                                    required: ["registered", "enrolled", "completed", "assessed", "certified"],
                                    [
                                        "registered": ["type": "integer"], "enrolled": ["type": "integer"],
                                        "completed": ["type": "integer"], "assessed": ["type": "integer"],
                                        "certified": ["type": "integer"],
                                    ]
                                ),
                                "livelihoods": object(
                                    required: [
                                        "referred", "mentored", "loans_approved", "loans_approved_baht",
                                        "businesses_created", "placed", "income_gain_baht_per_year", "income_measured",
                                        "income_unreached", "income_no_baseline",
                                    ],
                                    [
                                        "referred": ["type": "integer"], "mentored": ["type": "integer"],
                                        "loans_approved": ["type": "integer"], "loans_approved_baht": str,
                                        "businesses_created": ["type": "integer"], "placed": ["type": "integer"],
                                        "income_gain_baht_per_year": [
                                            "type": "string",
                                            "description": "Σ (latest monthly income − baseline) × 12; may be negative",
                                        ],
                                        "income_measured": ["type": "integer"], "income_unreached": ["type": "integer"],
                                        "income_no_baseline": ["type": "integer"],
                                    ]
                                ),
                            ]
                        ),
                    ],
                    "community_income": [
                        "type": "array",
                        "description": "The income gain per community (one cycle only)",
                        "items": object(
                            required: [
                                "income_gain_baht_per_year", "income_measured", "income_unreached",
                                "income_no_baseline",
                            ],
                            [
                                "community_id": uuid, "community_name": str, "estate_id": uuid,
                                "income_gain_baht_per_year": str, "income_measured": ["type": "integer"],
                                "income_unreached": ["type": "integer"], "income_no_baseline": ["type": "integer"],
                            ]
                        ),
                    ],
                    "age_groups": [
                        "type": "array",
                        "description": "Enrolled and completed people by age group, aged on 1 October (one cycle only)",
                        "items": object(
                            required: ["age_group", "enrolled", "completed"],
                            [
                                "age_group": [
                                    "type": "string",
                                    "enum": ["working_age", "near_retirement", "elderly", "outside"],
                                ],
                                "enrolled": ["type": "integer"], "completed": ["type": "integer"],
                            ]
                        ),
                    ],
                ]
            )
        ),
        (
            "Session",
            object(
                required: ["id", "day", "starts_at", "ends_at", "topic", "hours"],
                [
                    "id": uuid, "day": ["type": "string", "format": "date"], "starts_at": str, "ends_at": str,
                    "topic": str, "hours": ["type": "number"],
                ]
            )
        ),
        (
            "SessionInput",
            object(
                required: ["day", "topic"],
                [
                    "day": ["type": "string", "description": "2020-03-05 or 5/3/2563, within the course's days"],
                    "starts_at": clockTime("09:00"), "ends_at": clockTime("16:00, after starts_at"),
                    "topic": ["type": "string", "minLength": 1, "maxLength": 300],
                    "hours": [
                        "type": "number", "minimum": 0.5, "maximum": 24,
                        "description": "Default: from the times, less an hour's lunch over five hours",
                    ],
                ]
            )
        ),
        (
            "Course",
            object(
                required: [
                    "id", "cycle_id", "estate_id", "occupation_id", "title_th", "venue", "first_day", "last_day",
                    "hours", "capacity", "minimum_percent", "status",
                ],
                [
                    "id": uuid, "cycle_id": uuid, "estate_id": uuid, "occupation_id": uuid,
                    "provider_id": ["type": ["string", "null"], "format": "uuid"], "title_th": str, "venue": str,
                    "first_day": ["type": "string", "format": "date"],
                    "last_day": ["type": "string", "format": "date"],
                    "hours": ["type": "number"], "capacity": ["type": "integer"],
                    "minimum_percent": ["type": "integer"],
                    "status": ["type": "string", "enum": ["planned", "open", "running", "finished", "cancelled"]],
                    "sessions": ["type": "array", "items": ref("Session")],
                ]
            )
        ),
        (
            "CourseInput",
            object(
                required: [
                    "cycle_id", "estate_id", "occupation_id", "venue", "first_day", "last_day", "hours", "capacity",
                ],
                [
                    "cycle_id": uuid, "estate_id": uuid, "occupation_id": uuid, "provider_id": uuid,
                    "title_th": ["type": "string", "maxLength": 200, "description": "Default: the occupation's name"],
                    "venue": ["type": "string", "minLength": 1, "maxLength": 300],
                    "first_day": ["type": "string", "description": "Within the cycle's fiscal year"],
                    "last_day": ["type": "string", "description": "On or after first_day, within the fiscal year"],
                    "hours": ["type": "number", "minimum": 0.5, "maximum": 2000],
                    "capacity": ["type": "integer", "minimum": 1, "maximum": 500],
                    "minimum_percent": ["type": "integer", "minimum": 1, "maximum": 100, "default": 80],
                    "status": [
                        "type": "string", "enum": ["planned", "open", "running", "finished", "cancelled"],
                        "default": "open",
                    ],
                ]
            )
        ),
        (
            "Enrolment",
            object(
                required: ["id", "participant_id", "name", "status", "attendance_complete"],
                [
                    "id": uuid, "participant_id": uuid, "name": str,
                    "status": ["type": "string", "enum": ["waiting", "enrolled", "completed", "dropped"]],
                    "attendance_complete": ["type": "boolean"], "override_complete": ["type": ["boolean", "null"]],
                    "override_reason": nullableString, "dropped_reason": nullableString,
                ]
            )
        ),
        (
            "Attendance",
            object(
                required: ["session", "marks"],
                [
                    "session": ref("Session"),
                    "marks": [
                        "type": "array",
                        "items": object(
                            required: ["enrolment_id"],
                            [
                                "enrolment_id": uuid, "name": str,
                                "mark": [
                                    "type": ["string", "null"],
                                    "description": "present, late, excused, absent, or null if not marked",
                                ],
                            ]
                        ),
                    ],
                ]
            )
        ),
    ]

    /// `09:00`, `9.00`: hours 0–23 and minutes.
    static func clockTime(_ description: String) -> JSONValue {
        ["type": "string", "pattern": "^[0-9]{1,2}[:.][0-9]{2}$", "description": .string(description)]
    }

    static let programmePaths: [(String, JSONValue)] = [
        (
            "/api/v1/cycles",
            ["get": authed("Programme cycles, newest first", json("Cycles", ["type": "array", "items": ref("Cycle")]))]
        ),
        (
            "/api/v1/cycles/{cycleID}",
            [
                "get": [
                    "summary": "One cycle with target against actual per estate",
                    "security": [["bearer": []]], "parameters": [pathParameter("cycleID")],
                    "responses": [
                        "200": json("The cycle", ref("Cycle")), "401": errorResponse("No valid token"),
                        "403": errorResponse("The role has no dashboard"), "404": errorResponse("No such cycle"),
                    ],
                ]
            ]
        ),
        (
            "/api/v1/courses",
            [
                "get": [
                    "summary":
                        "Courses within the caller's course scope (estate officers: their estates; trainers: their provider's)",
                    "security": [["bearer": []]],
                    "parameters": [
                        query("cycle_id", "Only this cycle", uuid), query("estate_id", "Only this estate", uuid),
                    ],
                    "responses": ["200": json("Courses", list(ref("Course"))), "401": errorResponse("No valid token")],
                ],
                "post": [
                    "summary": "Create a course (admins and the estate's officers)",
                    "security": [["bearer": []]],
                    "requestBody": ["required": true, "content": ["application/json": ["schema": ref("CourseInput")]]],
                    "responses": [
                        "201": json("Created", ref("Course")), "401": errorResponse("No valid token"),
                        "403": errorResponse("May not create courses"),
                        "422": errorResponse("Invalid fields, or the cycle is closed"),
                    ],
                ],
            ]
        ),
        (
            "/api/v1/courses/{courseID}",
            [
                "get": [
                    "summary": "One course with its sessions (404 outside the caller's course scope)",
                    "security": [["bearer": []]], "parameters": [pathParameter("courseID")],
                    "responses": [
                        "200": json("The course", ref("Course")), "401": errorResponse("No valid token"),
                        "404": errorResponse("No such course within your scope"),
                    ],
                ]
            ]
        ),
        (
            "/api/v1/courses/{courseID}/sessions",
            [
                "post": [
                    "summary": "Add a session; its day must fall within the course",
                    "security": [["bearer": []]], "parameters": [pathParameter("courseID")],
                    "requestBody": [
                        "required": true, "content": ["application/json": ["schema": ref("SessionInput")]],
                    ],
                    "responses": [
                        "201": json("Added", ref("Session")), "403": errorResponse("May not change this course"),
                        "404": errorResponse("No such course within your scope"),
                        "422": errorResponse("Invalid fields"),
                    ],
                ]
            ]
        ),
        (
            "/api/v1/courses/{courseID}/enrolments",
            [
                "get": [
                    "summary": "Everyone in the course",
                    "security": [["bearer": []]], "parameters": [pathParameter("courseID")],
                    "responses": [
                        "200": json("Enrolments", list(ref("Enrolment"))),
                        "404": errorResponse("No such course within your scope"),
                    ],
                ],
                "post": [
                    "summary": "Enrol people of the course's estate: seats while they last, then the waiting list",
                    "security": [["bearer": []]], "parameters": [pathParameter("courseID")],
                    "requestBody": [
                        "required": true,
                        "content": [
                            "application/json": [
                                "schema": object(
                                    required: ["participant_ids"],
                                    ["participant_ids": ["type": "array", "items": uuid]]
                                )
                            ]
                        ],
                    ],
                    "responses": [
                        "201": json(
                            "How many got a seat and how many wait",
                            object(
                                required: ["enrolled", "waiting"],
                                ["enrolled": ["type": "integer"], "waiting": ["type": "integer"]]
                            )
                        ),
                        "403": errorResponse("May not enrol people"),
                        "404": errorResponse("No such course within your scope"),
                        "422": errorResponse(
                            "Already enrolled, another estate's person, course not open or cycle closed; nobody is added"
                        ),
                    ],
                ],
            ]
        ),
        (
            "/api/v1/sessions/{sessionID}/attendance",
            [
                "get": [
                    "summary": "The register of one session",
                    "security": [["bearer": []]], "parameters": [pathParameter("sessionID")],
                    "responses": [
                        "200": json("The register", ref("Attendance")),
                        "404": errorResponse("No such session within your scope"),
                    ],
                ],
                "put": [
                    "summary": "Mark people present, late, excused or absent; completion is recomputed",
                    "security": [["bearer": []]], "parameters": [pathParameter("sessionID")],
                    "requestBody": [
                        "required": true,
                        "content": [
                            "application/json": [
                                "schema": object(
                                    required: ["marks"],
                                    [
                                        "source": ["type": "string", "enum": ["app", "paper"]],
                                        "marks": [
                                            "type": "array",
                                            "items": object(
                                                required: ["enrolment_id", "mark"],
                                                [
                                                    "enrolment_id": uuid,
                                                    "mark": [
                                                        "type": "string",
                                                        "enum": ["present", "late", "excused", "absent"],
                                                    ],
                                                ]
                                            ),
                                        ],
                                    ]
                                )
                            ]
                        ],
                    ],
                    "responses": [
                        "200": json("The register as saved", ref("Attendance")),
                        "404": errorResponse("No such session within your scope"),
                        "422": errorResponse("Someone not enrolled, a date outside the course, or the cycle is closed"),
                    ],
                ],
            ]
        ),
    ]
}
