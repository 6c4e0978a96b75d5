import SanfanCore

/// The shapes of the livelihood records the API answers with.
extension OpenAPIDocument {
    static let outcomeSchemas: [(String, JSONValue)] = [
        (
            "Loan",
            object(
                required: [
                    "id", "referral_id", "participant_id", "estate_id", "bank_id", "product", "status",
                    "amount_requested_baht", "guaranteed", "referred_on",
                ],
                [
                    ("id", uuid), ("referral_id", uuid), ("participant_id", uuid), ("estate_id", uuid),
                    ("bank_id", uuid),
                    ("product", str), ("status", choice(LoanStatus.allCases.map(\.rawValue))),
                    ("amount_requested_baht", str), ("amount_approved_baht", str), ("amount_disbursed_baht", str),
                    ("guaranteed", ["type": "boolean"]), ("guaranteed_baht", str),
                    ("decline_reason", choice(DeclineReason.allCases.map(\.rawValue))), ("referred_on", isoDay),
                    ("applied_on", isoDay), ("approved_on", isoDay), ("declined_on", isoDay), ("withdrawn_on", isoDay),
                    ("disbursed_on", isoDay),
                ]
            )
        ),
        (
            "LoanRow",
            object(
                required: [
                    "id", "participant_id", "bank", "product", "status", "amount_requested_baht", "referred_on",
                ],
                [
                    ("id", uuid), ("participant_id", uuid), ("bank", str), ("product", str),
                    ("status", choice(LoanStatus.allCases.map(\.rawValue))), ("amount_requested_baht", str),
                    ("amount_approved_baht", str), ("referred_on", isoDay),
                ]
            )
        ),
        (
            "Mentoring",
            object(
                required: ["id", "held_on", "topic", "mentor", "attendees"],
                [
                    ("id", uuid), ("held_on", isoDay), ("topic", choice(MentoringTopic.allCases.map(\.rawValue))),
                    ("mentor", str), ("attendees", ["type": "integer", "minimum": 0]), ("enterprise", str),
                ]
            )
        ),
        (
            "Enterprise",
            object(
                required: ["id", "kind", "name", "products", "estate_id", "started_on"],
                [
                    ("id", uuid), ("kind", choice(EnterpriseKind.allCases.map(\.rawValue))), ("name", str),
                    ("registration_code", str), ("juristic_id", str), ("products", str), ("estate_id", uuid),
                    ("community_id", uuid), ("started_on", isoDay),
                ]
            )
        ),
        (
            "EnterpriseRow",
            object(
                required: ["id", "kind", "name", "started_on", "members"],
                [
                    ("id", uuid), ("kind", choice(EnterpriseKind.allCases.map(\.rawValue))), ("name", str),
                    ("started_on", isoDay), ("members", ["type": "integer", "minimum": 0]),
                ]
            )
        ),
        (
            "Placement",
            object(
                required: [
                    "id", "participant_id", "employer", "position", "started_on", "monthly_wage_baht", "inside_estate",
                ],
                [
                    ("id", uuid), ("participant_id", uuid), ("employer", str), ("position", str),
                    ("started_on", isoDay),
                    ("ended_on", isoDay), ("monthly_wage_baht", str), ("inside_estate", ["type": "boolean"]),
                ]
            )
        ),
        (
            "FollowUp",
            object(
                required: ["id", "participant_id", "course_id", "months", "due_on", "done_on", "reached"],
                [
                    ("id", uuid), ("participant_id", uuid), ("course_id", uuid),
                    ("months", ["type": "integer", "enum": [3, 6, 12]]),
                    ("due_on", isoDay), ("done_on", isoDay), ("reached", ["type": "boolean"]),
                    ("monthly_income_baht", str),
                    ("main_source", choice(IncomeSource.allCases.map(\.rawValue))),
                ]
            )
        ),
    ]
}
