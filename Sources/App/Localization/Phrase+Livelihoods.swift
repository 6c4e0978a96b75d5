extension Phrase {
    /// Livelihoods: referrals to banks.
    var livelihoodText: (th: String, en: String)? {
        switch self {
        case .navReferrals: ("ส่งต่อธนาคาร", "Bank referrals")
        case .referralsTitle: ("การส่งต่อธนาคาร", "Bank referrals")
        case .referToBank: ("ส่งต่อธนาคาร", "Refer to a bank")
        case .referToBankHint:
            (
                "ส่งต่อได้เฉพาะธนาคารที่ผู้นี้ยินยอมให้เปิดเผยข้อมูล ธนาคารจะเห็นผู้นี้ตราบที่ยังยินยอม",
                "Only to a bank the person consented to share with; the bank sees them while the consent stands"
            )
        case .bank: ("ธนาคาร", "Bank")
        case .purpose: ("วัตถุประสงค์", "Purpose")
        case .purposeStartUp: ("เริ่มต้นธุรกิจ", "Starting a business")
        case .purposeWorkingCapital: ("เงินทุนหมุนเวียน", "Working capital")
        case .purposeEquipment: ("ซื้อเครื่องมืออุปกรณ์", "Equipment")
        case .amountSought: ("วงเงินที่ต้องการ (บาท)", "Amount sought (baht)")
        case .referredOn: ("วันที่ส่งต่อ", "Referred on")
        case .referralSaved: ("ส่งต่อธนาคารแล้ว", "Referred to the bank.")
        case .noReferralsYet: ("ยังไม่มีการส่งต่อ", "No referrals yet")
        case .noFinanceConsent:
            (
                "{0} ยังไม่ได้ยินยอมให้เปิดเผยข้อมูลแก่ {1} เพื่อสินเชื่อ บันทึกความยินยอมก่อนส่งต่อ",
                "{0} has not consented to share their data with {1} for finance: record the consent first"
            )
        case .beforeRegistration:
            ("วันที่ต้องไม่ก่อนวันที่ลงทะเบียนผู้นี้", "The date cannot be before the person was registered")
        default: nil
        }
    }
}
