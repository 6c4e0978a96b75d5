extension Phrase {
    /// The registry: people, consent and communities.
    var registryText: (th: String, en: String)? {
        switch self {
        case .navRegistry: ("ทะเบียนผู้เข้าร่วม", "Registry")
        case .navCommunities: ("ชุมชน", "Communities")
        case .registryTitle: ("ทะเบียนผู้เข้าร่วมโครงการ", "Participant registry")
        case .registerPerson: ("ลงทะเบียนผู้เข้าร่วม", "Register a person")
        case .editPerson: ("แก้ไขข้อมูลผู้เข้าร่วม", "Edit person")
        case .searchLabel: ("ค้นหา", "Search")
        case .searchHint:
            (
                "ชื่อหรือนามสกุล (ส่วนต้น) เลขประจำตัวประชาชน 13 หลัก หรือเบอร์โทรศัพท์",
                "Start of a first or last name, a 13-digit national ID, or a phone number"
            )
        case .search: ("ค้นหา", "Search")
        case .allEstates: ("ทุกนิคม", "All estates")
        case .community: ("ชุมชน", "Community")
        case .allCommunities: ("ทุกชุมชน", "All communities")
        case .ageGroup: ("กลุ่มอายุ", "Age group")
        case .allAgeGroups: ("ทุกกลุ่มอายุ", "All age groups")
        case .gender: ("เพศ", "Gender")
        case .allGenders: ("ทุกเพศ", "All genders")
        case .fullName: ("ชื่อ-นามสกุล", "Name")
        case .nationalID: ("เลขประจำตัวประชาชน", "National ID")
        case .phone: ("โทรศัพท์", "Phone")
        case .firstPage: ("← หน้าแรก", "← First page")
        case .nextPage: ("หน้าถัดไป →", "Next page →")
        case .ageWorking: ("วัยแรงงาน", "Working age")
        case .ageNearRetirement: ("วัยแรงงานใกล้เกษียณ", "Near retirement")
        case .ageElderly: ("ผู้สูงอายุ", "Elderly")
        case .ageYears: ("อายุ {0} ปี", "{0} years old")
        case .genderFemale: ("หญิง", "Female")
        case .genderMale: ("ชาย", "Male")
        case .genderOther: ("อื่น ๆ", "Other")
        case .genderUnspecified: ("ไม่ระบุ", "Not stated")
        case .eduNone: ("ไม่ได้เรียน", "No schooling")
        case .eduPrimary: ("ประถมศึกษา", "Primary")
        case .eduLowerSecondary: ("มัธยมศึกษาตอนต้น", "Lower secondary")
        case .eduUpperSecondary: ("มัธยมศึกษาตอนปลาย", "Upper secondary")
        case .eduVocational: ("ปวช.", "Vocational certificate")
        case .eduHighVocational: ("ปวส. / อนุปริญญา", "Higher vocational / diploma")
        case .eduBachelor: ("ปริญญาตรี", "Bachelor's degree")
        case .eduPostgraduate: ("สูงกว่าปริญญาตรี", "Postgraduate")
        case .eduUnknown: ("ไม่ทราบ", "Unknown")
        case .channelPaper: ("เอกสาร (ลงนาม)", "Paper (signed)")
        case .channelInPerson: ("แจ้งด้วยตนเอง", "In person")
        case .channelOnline: ("ออนไลน์", "Online")
        case .consentProgramme: ("ใช้ข้อมูลเพื่อการบริหารโครงการสานฝัน ปั้นอาชีพ", "Use of data to run the programme")
        case .consentAssessment:
            ("ส่งข้อมูลให้ {0} เพื่อประเมินและออกใบรับรองคุณวุฒิ", "Sharing with {0} for assessment and certification")
        case .consentFinance:
            ("เปิดเผยข้อมูลแก่ {0} เพื่อให้คำปรึกษาและพิจารณาสินเชื่อ", "Sharing with {0} for financial advice and loans")
        case .consentEmployment: ("เปิดเผยข้อมูลแก่นายจ้างเพื่อการจ้างงาน", "Sharing with employers for jobs")
        case .consentPublicity: ("ใช้ภาพถ่ายเพื่อประชาสัมพันธ์โครงการ", "Photos for publicity")
        case .consentSensitive: ("เก็บข้อมูลความพิการ (ข้อมูลอ่อนไหว)", "Keeping disability information (sensitive data)")
        case .confirmDifferentPerson:
            ("ยืนยันว่าเป็นคนละคนกัน และลงทะเบียนต่อ", "I confirm this is a different person; register anyway")
        case .sectionIdentity: ("ข้อมูลบุคคล", "Identity")
        case .prefix: ("คำนำหน้าชื่อ", "Prefix")
        case .firstNameTh: ("ชื่อ (ภาษาไทย)", "First name (Thai)")
        case .lastNameTh: ("นามสกุล (ภาษาไทย)", "Last name (Thai)")
        case .firstNameEn: ("ชื่อ (ภาษาอังกฤษ ถ้ามี)", "First name (Latin, optional)")
        case .lastNameEn: ("นามสกุล (ภาษาอังกฤษ ถ้ามี)", "Last name (Latin, optional)")
        case .birthDate: ("วันเกิด", "Birth date")
        case .birthDateHint:
            ("วัน/เดือน/ปี พ.ศ. หรือ ค.ศ. เช่น 5/3/2533", "day/month/year, Buddhist or Gregorian, e.g. 5/3/1990")
        case .nationalIDHint:
            (
                "13 หลัก ไม่ต้องใส่ขีด หลักแรกคือประเภทบุคคล 1–8 หรือ 0 (ไม่มีสถานะทางทะเบียน)",
                "13 digits; dashes are optional. The first digit is the person's category, 1–8, or 0 (no registration status)"
            )
        case .noIDReason: ("เหตุผลที่ไม่มีเลขประจำตัวประชาชน", "Reason there is no Thai national ID")
        case .noIDReasonHint:
            ("เช่น แรงงานข้ามชาติ (กรอกเมื่อไม่มีเลข 13 หลัก)", "e.g. migrant worker (only when there is no ID)")
        case .sectionContact: ("ติดต่อและที่อยู่", "Contact and address")
        case .phoneHint: ("เช่น 081-234-5678", "e.g. 081-234-5678")
        case .houseNo: ("บ้านเลขที่", "House number")
        case .moo: ("หมู่ที่", "Village no. (Moo)")
        case .soi: ("ซอย", "Soi")
        case .road: ("ถนน", "Road")
        case .showSubdistricts: ("แสดงตำบลของจังหวัดนี้", "Show this province's subdistricts")
        case .subdistrict: ("ตำบล/แขวง", "Subdistrict")
        case .subdistrictHint:
            ("อำเภอ จังหวัด และรหัสไปรษณีย์จะตามตำบลที่เลือก", "District, province and postcode follow the subdistrict")
        case .sectionProgramme: ("ข้อมูลโครงการ", "Programme")
        case .noCommunity: ("— ไม่ระบุชุมชน —", "— no community —")
        case .educationLevel: ("ระดับการศึกษา", "Education")
        case .priorOccupation: ("อาชีพก่อนเข้าร่วมโครงการ", "Occupation before joining")
        case .baselineIncome: ("รายได้ต่อเดือนก่อนเข้าร่วม (บาท)", "Monthly income before joining (baht)")
        case .baselineIncomeHint: ("เช่น 9,000 หรือ 9000.50", "e.g. 9,000 or 9000.50")
        case .disability: ("ความพิการ (ถ้ามี)", "Disability (if any)")
        case .disabilityHint:
            ("ข้อมูลอ่อนไหว: บันทึกได้เมื่อได้รับความยินยอมโดยชัดแจ้งเท่านั้น", "Sensitive: recorded only with explicit consent")
        case .notes: ("หมายเหตุ", "Notes")
        case .sectionConsent: ("ความยินยอม (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล)", "Consent (PDPA)")
        case .consentHint:
            (
                "ทำเครื่องหมายเฉพาะข้อที่เจ้าของข้อมูลให้ความยินยอม ข้อที่ไม่ได้เลือกบันทึกเป็น \"ไม่ยินยอม\"",
                "Tick only what the person consented to; the rest is recorded as refused."
            )
        case .consentChannel: ("ช่องทางการให้ความยินยอม", "How consent was given")
        case .consentDate: ("วันที่ให้ความยินยอม", "Date of consent")
        case .printConsentForm: ("พิมพ์หนังสือให้ความยินยอม (A4)", "Print the consent form (A4)")
        case .revealID: ("แสดงเลขเต็ม", "Show full number")
        case .revealAudited: ("การเปิดดูครั้งนี้ถูกบันทึกไว้", "This viewing has been recorded.")
        case .consentPurpose: ("วัตถุประสงค์", "Purpose")
        case .consentEvidence: ("หลักฐาน", "Evidence")
        case .consentGiven: ("ยินยอม", "Given")
        case .consentRefused: ("ไม่ยินยอม", "Refused")
        case .consentNotAsked: ("ยังไม่ได้ขอ", "Not asked")
        case .withdrawConsent: ("ถอนความยินยอม", "Withdraw")
        case .giveConsent: ("บันทึกว่ายินยอม", "Record consent")
        case .sectionRecord: ("ประวัติการบันทึก", "Record")
        case .noNationalID: ("ไม่มีเลขประจำตัวประชาชน", "No Thai national ID")
        case .address: ("ที่อยู่", "Address")
        case .perMonth: ("{0} ต่อเดือน", "{0} a month")
        case .registeredBy: ("ผู้ลงทะเบียน", "Registered by")
        case .registeredOn: ("วันที่ลงทะเบียน", "Registered on")
        case .updatedOn: ("แก้ไขล่าสุด", "Last changed")
        case .consentFormTitle: ("หนังสือให้ความยินยอม", "Consent form")
        case .printHint: ("กด Ctrl+P เพื่อพิมพ์ลงกระดาษ A4", "Press Ctrl+P to print on A4")
        case .back: ("ย้อนกลับ", "Back")
        case .personRegistered: ("ลงทะเบียนเรียบร้อยแล้ว", "Person registered.")
        case .personSaved: ("บันทึกข้อมูลแล้ว", "Saved.")
        case .consentRecorded: ("บันทึกความยินยอมแล้ว", "Consent recorded.")
        case .consentWithdrawn: ("ถอนความยินยอมแล้ว มีผลทันที", "Consent withdrawn; effective now.")
        case .possibleDuplicate:
            (
                "มีผู้ลงทะเบียนชื่อ-นามสกุลและวันเกิดเดียวกันแล้วที่ {0} โปรดตรวจสอบว่าไม่ใช่คนเดียวกัน",
                "Someone with the same name and birth date is already registered at {0}. Check that this is not the same person."
            )
        case .consentProgrammeRequired:
            (
                "ต้องได้รับความยินยอมให้ใช้ข้อมูลเพื่อบริหารโครงการก่อนลงทะเบียน",
                "Registration needs consent to use the data to run the programme."
            )
        case .disabilityNeedsConsent:
            (
                "บันทึกข้อมูลความพิการได้เมื่อได้รับความยินยอมสำหรับข้อมูลอ่อนไหวเท่านั้น",
                "Disability can be recorded only with consent for sensitive data."
            )
        case .estateOutOfScope: ("คุณไม่มีสิทธิ์บันทึกข้อมูลของนิคมนี้", "You cannot record people for this estate.")
        case .communityNotInEstate: ("ชุมชนนี้ไม่อยู่ในนิคมที่เลือก", "This community does not belong to the chosen estate.")
        case .unknownSubdistrict: ("กรุณาเลือกตำบล/แขวงจากรายการ", "Choose a subdistrict from the list.")
        case .nationalIDAlreadyRegistered:
            ("เลขประจำตัวประชาชนนี้ลงทะเบียนไว้แล้วที่{0}", "This national ID is already registered at {0}.")
        case .tooLong: ("ยาวเกิน {0} ตัวอักษร", "Longer than {0} characters.")
        case .yearOutOfRange:
            (
                "ปีไม่ถูกต้อง ใช้ปี พ.ศ. (เช่น 2533) หรือ ค.ศ. (เช่น 1990)",
                "Year out of range: use a Buddhist (e.g. 2533) or Gregorian (e.g. 1990) year."
            )
        case .bornInTheFuture: ("วันเกิดอยู่ในอนาคต", "The birth date is in the future.")
        case .tooYoung: ("อายุต่ำกว่า {0} ปี ซึ่งเป็นอายุขั้นต่ำของโครงการ", "Younger than {0}, the programme's minimum age.")
        case .tooOld: ("อายุเกิน 120 ปี กรุณาตรวจสอบวันเกิด", "Over 120 years old: check the birth date.")
        case .nationalIDCheckDigit:
            (
                "เลขประจำตัวประชาชนไม่ถูกต้อง (หลักตรวจสอบไม่ตรง) กรุณาตรวจสอบอีกครั้ง",
                "Not a valid national ID (the check digit does not match)."
            )
        case .nationalIDLength:
            ("เลขประจำตัวประชาชนต้องมี 13 หลัก (กรอกมา {0} หลัก)", "A national ID has 13 digits ({0} given).")
        case .nationalIDDigits: ("เลขประจำตัวประชาชนต้องเป็นตัวเลขเท่านั้น", "A national ID has digits only.")
        case .nationalIDOrReason:
            ("กรอกเลขประจำตัวประชาชน หรือระบุเหตุผลที่ไม่มี", "Enter the national ID, or the reason there is none.")
        case .phoneDigits: ("เบอร์โทรศัพท์ต้องเป็นตัวเลข", "A phone number has digits only.")
        case .phoneLength:
            ("เบอร์โทรศัพท์ต้องขึ้นต้นด้วย 0 และมี 9–10 หลัก", "A phone number starts with 0 and has 9 or 10 digits.")
        case .notANumber: ("ต้องเป็นตัวเลข", "Must be a number.")
        case .amountInvalid: ("จำนวนเงินไม่ถูกต้อง เช่น 9,000 หรือ 9000.50", "Not an amount: e.g. 9,000 or 9000.50.")
        case .communitiesTitle: ("ชุมชนรอบนิคมอุตสาหกรรม", "Communities")
        case .newCommunity: ("เพิ่มชุมชน", "New community")
        case .communityName: ("ชื่อชุมชน", "Community name")
        case .communitySubdistrictHint: ("ตำบลในจังหวัดของนิคม", "Subdistricts in the estate's province")
        case .households: ("จำนวนครัวเรือน", "Households")
        case .people: ("ผู้เข้าร่วม", "People")
        case .communityExists: ("นิคมนี้มีชุมชนชื่อนี้แล้ว", "This estate already has a community of that name.")
        case .communitySaved: ("บันทึกชุมชนแล้ว", "Community saved.")
        case .nationalIDKeepHint:
            (
                "เว้นว่างไว้เพื่อใช้เลขเดิม ({0}) หรือกรอกเลขใหม่ 13 หลัก",
                "Leave empty to keep the number on file ({0}), or type a new one"
            )
        default: nil
        }
    }
}
