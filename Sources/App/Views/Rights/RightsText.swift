import SanfanCore

/// The words for the register's codes.
enum RightsText {
    static func kind(_ kind: DataRequestKind) -> Phrase {
        switch kind {
        case .access: .requestAccess
        case .copy: .requestCopy
        case .portability: .requestPortability
        case .rectification: .requestRectification
        case .erasure: .requestErasure
        case .restriction: .requestRestriction
        case .objection: .requestObjection
        case .withdrawal: .requestWithdrawal
        }
    }

    static func channel(_ channel: DataRequestChannel) -> Phrase {
        switch channel {
        case .inPerson: .requestChannelInPerson
        case .letter: .requestChannelLetter
        case .phone: .requestChannelPhone
        case .email: .requestChannelEmail
        case .partner: .requestChannelPartner
        }
    }

    static func status(_ status: DataRequestStatus) -> Phrase {
        switch status {
        case .open: .requestOpen
        case .done: .requestDone
        case .refused: .requestRefused
        }
    }

    /// "12 days left", "due today", "3 days overdue".
    static func deadline(_ daysLeft: Int, _ t: Localizer) -> String {
        switch daysLeft {
        case 0: t(.dataRequestDueToday)
        case ..<0: t(.dataRequestOverdue, String(-daysLeft))
        default: t(.dataRequestDaysLeft, String(daysLeft))
        }
    }
}
