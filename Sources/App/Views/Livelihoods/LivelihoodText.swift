import Plot
import SanfanCore

/// The phrase for each livelihood value the pages show.
enum LivelihoodText {
    static func role(_ role: MemberRole) -> Phrase {
        switch role {
        case .founder: .roleFounder
        case .member: .roleMember
        case .employee: .roleEmployee
        }
    }

    static func topic(_ topic: MentoringTopic) -> Phrase {
        switch topic {
        case .financialLiteracy: .topicFinancialLiteracy
        case .businessPlan: .topicBusinessPlan
        case .bookkeeping: .topicBookkeeping
        case .loanPreparation: .topicLoanPreparation
        }
    }

    static func kind(_ kind: EnterpriseKind) -> Phrase {
        switch kind {
        case .individual: .enterpriseIndividual
        case .group: .enterpriseGroup
        case .communityEnterprise: .enterpriseCommunity
        case .juristicPerson: .enterpriseJuristic
        }
    }

    static func source(_ source: IncomeSource) -> Phrase {
        switch source {
        case .job: .sourceJob
        case .ownBusiness: .sourceOwnBusiness
        case .enterprise: .sourceEnterprise
        case .none: .sourceNone
        }
    }

    static func status(_ status: LoanStatus) -> Phrase {
        switch status {
        case .referred: .loanReferred
        case .applied: .loanApplied
        case .approved: .loanApproved
        case .declined: .loanDeclined
        case .withdrawn: .loanWithdrawn
        case .disbursed: .loanDisbursed
        }
    }

    static func reason(_ reason: DeclineReason) -> Phrase {
        switch reason {
        case .creditHistory: .reasonCreditHistory
        case .insufficientIncome: .reasonInsufficientIncome
        case .incompleteDocuments: .reasonIncompleteDocuments
        case .noCollateral: .reasonNoCollateral
        case .weakBusinessPlan: .reasonWeakBusinessPlan
        case .other: .reasonOther
        }
    }
}

enum FollowUpText {
    /// The income and its source: the part of a follow-up form a reached person answers.
    static func incomeFields(
        _ s: Components.FormState,
        _ t: Localizer,
        suffix: String = ""
    )
        -> Node<HTML.FormContext>
    {
        .group(
            Components.textField(
                "monthly_income",
                label: t(.monthlyIncome),
                value: s["monthly_income"].value,
                error: s["monthly_income"].error,
                hint: t(.monthlyIncomeHint),
                id: "monthly_income" + suffix
            ),
            Components.selectField(
                "main_source",
                label: t(.incomeSource),
                choices: IncomeSource.allCases.map { .init(value: $0.rawValue, label: t(LivelihoodText.source($0))) },
                selected: s["main_source"].value,
                error: s["main_source"].error,
                id: "main_source" + suffix
            )
        )
    }
}
