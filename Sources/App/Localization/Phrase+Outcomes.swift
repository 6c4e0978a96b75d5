extension Phrase {
    /// Livelihoods: mentoring, loans, enterprises, jobs, income follow-ups and their counts.
    var livelihoodOutcomeText: (th: String, en: String)? {
        switch self {
        case .afterMonths: ("{0} เดือน", "{0} months")
        case .alreadyMember: ("ผู้นี้เป็นสมาชิกของกิจการนี้อยู่แล้ว", "This person is already a member of this enterprise.")
        case .amountApproved: ("วงเงินที่อนุมัติ (บาท)", "Amount approved (baht)")
        case .amountDisbursed: ("จำนวนเงินที่เบิกจ่าย (บาท)", "Amount disbursed (baht)")
        case .amountRequested: ("วงเงินที่ขอ (บาท)", "Amount requested (baht)")
        case .askedOn: ("วันที่สอบถาม", "Asked on")
        case .attendees: ("ผู้เข้าร่วม", "Attendees")
        case .baselineHint:
            (
                "รายได้ต่อเดือนก่อนเข้าโครงการ ถ้าไม่มีรายได้ให้พิมพ์ 0 หรือ ไม่มี",
                "Monthly income before the programme; type 0 or none if there was none"
            )
        case .baselineNotAsked: ("ยังไม่ได้สอบถาม", "Not asked yet")
        case .beforeCompletion:
            ("วันที่ติดตามต้องไม่ก่อนวันจบหลักสูตร ({0})", "A follow-up cannot be dated before the course ended ({0}).")
        case .beforeRecordStart: ("วันที่ต้องไม่ก่อน {0}", "The date cannot be before {0}.")
        case .businessesCreatedNote:
            ("กิจการที่เริ่มใน{0} โดยผู้ผ่านการอบรม", "Businesses started in {0} by people who completed training")
        case .couldNotReach: ("ติดต่อไม่ได้", "Could not reach")
        case .declineReason: ("เหตุผลที่ไม่อนุมัติ", "Reason declined")
        case .disbursedMoreThanApproved:
            ("เบิกจ่ายเกินวงเงินที่อนุมัติ ({0} บาท) ไม่ได้", "Cannot disburse more than was approved ({0} baht).")
        case .dueOn: ("ครบกำหนด {0}", "Due {0}")
        case .employer: ("นายจ้าง", "Employer")
        case .employerName: ("ชื่อนายจ้าง", "Employer's name")
        case .employerNameHint: ("กรอกเมื่อนายจ้างไม่อยู่ในรายการ", "When the employer is not in the list")
        case .employerNotListed: ("ไม่อยู่ในรายการ (กรอกชื่อ)", "Not listed (type the name)")
        case .endedOn: ("วันที่สิ้นสุด", "Ended on")
        case .endedOnHint: ("เว้นว่างถ้ายังทำงานอยู่", "Leave blank while still employed")
        case .enterpriseIndividual: ("ธุรกิจส่วนตัว", "Individual business")
        case .enterpriseGroup: ("กลุ่มอาชีพ", "Group")
        case .enterpriseCommunity: ("วิสาหกิจชุมชน", "Registered community enterprise")
        case .enterpriseJuristic: ("นิติบุคคล", "Juristic person")
        case .enterpriseKind: ("ประเภทกิจการ", "Kind")
        case .enterpriseName: ("ชื่อกิจการ", "Enterprise")
        case .enterpriseSaved: ("บันทึกกิจการแล้ว", "Enterprise saved.")
        case .enterprisesHint:
            (
                "ธุรกิจและวิสาหกิจชุมชนที่ผู้ผ่านการอบรมดำเนินการหรือทำงานอยู่",
                "Businesses and community enterprises that trained people run or work in"
            )
        case .enterprisesTitle: ("ธุรกิจและวิสาหกิจชุมชน", "Businesses and enterprises")
        case .filteredList: ("แสดงเฉพาะรายการตามตัวเลขที่เลือก", "Showing only the records behind the chosen figure")
        case .followUpAlreadyDone: ("บันทึกการติดตามครั้งนี้ไปแล้ว", "This follow-up is already recorded.")
        case .followUpDoneOn: ("วันที่ติดตาม", "Followed up on")
        case .followUpMonths: ("ติดตามหลังจบ", "Follow-up after")
        case .followUpSaved: ("บันทึกการติดตามแล้ว", "Follow-up saved.")
        case .followUpsHint:
            (
                "การติดตามรายได้ที่ถึงกำหนดหรือเลยกำหนด (3, 6 และ 12 เดือนหลังจบหลักสูตร) ในนิคมฯ ของท่าน",
                "Income follow-ups due or overdue (3, 6 and 12 months after a course) in your estates"
            )
        case .followUpsShown: ("แสดง {0} จาก {1} รายการ", "Showing {0} of {1}")
        case .followUpsTitle: ("ติดตามรายได้", "Income follow-ups")
        case .guaranteeMoreThanApproved:
            ("วงเงินค้ำประกันต้องไม่เกินวงเงินที่อนุมัติ", "The guarantee cannot exceed the amount approved.")
        case .guaranteedAmount: ("วงเงินค้ำประกัน บสย. (บาท)", "TCG guaranteed amount (baht)")
        case .incomeHeading: ("รายได้", "Income")
        case .incomeSource: ("แหล่งรายได้หลัก", "Main source of income")
        case .insideEstate: ("ในนิคมฯ", "Inside the estate")
        case .joinEnterprise: ("เข้าร่วมกิจการ", "Join an enterprise")
        case .joinedOn: ("วันที่เข้าร่วม", "Joined on")
        case .juristicID: ("เลขทะเบียนนิติบุคคล", "Juristic ID")
        case .juristicIDCheckDigit:
            ("เลขทะเบียนนิติบุคคลไม่ถูกต้อง (หลักตรวจสอบไม่ตรง)", "Not a valid juristic ID: the check digit is wrong.")
        case .juristicIDFormat: ("เลขทะเบียนนิติบุคคลต้องเป็นตัวเลข 13 หลัก", "A juristic ID has 13 digits.")
        case .juristicIDHint: ("สำหรับนิติบุคคล 13 หลัก", "For a juristic person: 13 digits")
        case .keyFollowUp: ("บันทึกผลการติดตาม (รวมถึงจากแบบฟอร์มกระดาษ)", "Record a follow-up (also from paper)")
        case .livelihoodSaved: ("บันทึกแล้ว", "Saved.")
        case .livelihoodTitle: ("อาชีพและรายได้", "Livelihood")
        case .loanAlreadyOpen: ("การส่งต่อนี้มีคำขอสินเชื่อแล้ว", "This referral already has a loan application.")
        case .loanReferred: ("ส่งต่อแล้ว", "Referred")
        case .loanApplied: ("ยื่นคำขอ", "Applied")
        case .loanApproved: ("อนุมัติ", "Approved")
        case .loanDeclined: ("ไม่อนุมัติ", "Declined")
        case .loanWithdrawn: ("ถอนคำขอ", "Withdrawn")
        case .loanDisbursed: ("เบิกจ่ายแล้ว", "Disbursed")
        case .loanList: ("คำขอสินเชื่อ", "Applications")
        case .loanMoveNotAllowed:
            (
                "เปลี่ยนสถานะนี้ไม่ได้ สถานะสินเชื่อเดินหน้าได้ทีละขั้นและย้อนกลับไม่ได้",
                "Not allowed: a loan moves forward one step at a time, never back."
            )
        case .loanMoved: ("ปรับสถานะสินเชื่อแล้ว", "Loan updated.")
        case .loanOpened: ("เปิดคำขอสินเชื่อแล้ว", "Loan application opened.")
        case .loanProduct: ("ผลิตภัณฑ์สินเชื่อ", "Loan product")
        case .loanStatus: ("สถานะ", "Status")
        case .loanTitle: ("สินเชื่อ", "Loan")
        case .loansHint:
            (
                "จำนวนและยอดเงินตามสถานะ แยกตามธนาคารและนิคมฯ ธนาคารปรับสถานะได้เฉพาะของตนเอง",
                "Counts and baht by status, per bank and per estate; a bank moves only its own"
            )
        case .loansTitle: ("สินเชื่อ", "Loans")
        case .logMentoring: ("บันทึกการให้คำปรึกษา", "Log mentoring")
        case .memberRole: ("บทบาท", "Role")
        case .members: ("สมาชิก", "Members")
        case .mentor: ("ผู้ให้คำปรึกษา", "Mentor")
        case .mentoringHint: ("การให้คำปรึกษาด้านการเงินและธุรกิจ", "Financial and business mentoring")
        case .mentoringNeedsAttendee:
            ("ระบุผู้เข้าร่วมอย่างน้อยหนึ่งคนหรือหนึ่งกิจการ", "Name at least one person or an enterprise.")
        case .mentoringOneEstate: ("ผู้เข้าร่วมต้องอยู่ในนิคมฯ เดียวกัน", "Attendees must be of one estate.")
        case .mentoringTitle: ("การให้คำปรึกษา", "Mentoring")
        case .mentoringTopic: ("หัวข้อ", "Topic")
        case .monthlyIncome: ("รายได้ต่อเดือน (บาท)", "Monthly income (baht)")
        case .monthlyIncomeHint: ("รวมทุกแหล่ง ถ้าไม่มีให้ใส่ 0", "From all sources; 0 if none")
        case .monthlyRevenue: ("รายรับต่อเดือน (บาท)", "Monthly revenue (baht)")
        case .monthlyWage: ("ค่าจ้างต่อเดือน (บาท)", "Monthly wage (baht)")
        case .moveLoan: ("ปรับสถานะ", "Move on")
        case .moveLoanHint:
            (
                "วงเงินอนุมัติเกินที่ขอได้ เบิกจ่ายเกินวงเงินอนุมัติไม่ได้",
                "Approving more than requested is allowed; disbursing more than approved is not"
            )
        case .newEnterprise: ("เพิ่มกิจการ", "Add an enterprise")
        case .no: ("ไม่ใช่", "No")
        case .yes: ("ใช่", "Yes")
        case .noEnterprisesYet: ("ยังไม่มีกิจการ", "No enterprises yet")
        case .noFollowUpsDue: ("ไม่มีการติดตามที่ถึงกำหนด", "No follow-ups due")
        case .noFollowUpsYet: ("ยังไม่มีการติดตาม", "No follow-ups yet")
        case .noIncome: ("ไม่มีรายได้", "No income")
        case .noLoansYet: ("ยังไม่มีสินเชื่อ", "No loans yet")
        case .noMembersYet: ("ยังไม่มีสมาชิก", "No members yet")
        case .noMentoringYet: ("ยังไม่มีการให้คำปรึกษา", "No mentoring yet")
        case .noPlacementsYet: ("ยังไม่มีการจ้างงาน", "No job placements yet")
        case .noRevenueYet: ("ยังไม่มีข้อมูลรายรับ", "No revenue recorded yet")
        case .notCompletedCourse: ("ผู้นี้ไม่ได้จบหลักสูตรนี้", "This person did not complete that course.")
        case .overdue: ("เลยกำหนด", "Overdue")
        case .pipelineByBank: ("แยกตามธนาคาร", "By bank")
        case .pipelineByEstate: ("แยกตามนิคมฯ", "By estate")
        case .placementsHint: ("การจ้างงานของผู้ผ่านการอบรม", "Jobs taken by trained people")
        case .placementsTitle: ("การจ้างงาน", "Job placements")
        case .position: ("ตำแหน่ง", "Position")
        case .products: ("ผลิตภัณฑ์/บริการ", "Products")
        case .reachedQuestion: ("ติดต่อได้หรือไม่", "Reached?")
        case .reachedYes: ("ติดต่อได้", "Reached")
        case .reasonCreditHistory: ("ประวัติเครดิต", "Credit history")
        case .reasonInsufficientIncome: ("รายได้ไม่เพียงพอ", "Insufficient income")
        case .reasonIncompleteDocuments: ("เอกสารไม่ครบ", "Incomplete documents")
        case .reasonNoCollateral: ("ไม่มีหลักประกัน", "No collateral")
        case .reasonWeakBusinessPlan: ("แผนธุรกิจยังไม่ชัดเจน", "Weak business plan")
        case .reasonOther: ("อื่น ๆ", "Other")
        case .recordPlacement: ("บันทึกการจ้างงาน", "Record a job")
        case .recordRevenue: ("บันทึกรายรับ", "Record revenue")
        case .registrationCode: ("รหัสทะเบียนวิสาหกิจชุมชน", "Community enterprise registration code")
        case .registrationCodeHint: ("สำหรับวิสาหกิจชุมชนที่จดทะเบียนแล้ว", "For a registered community enterprise")
        case .revenueHeading: ("รายรับรายเดือน", "Monthly revenue")
        case .revenueMonth: ("เดือน", "Month")
        case .revenueMonthHint: ("เดือน/ปี เช่น 3/2563", "Month/year, e.g. 3/2563")
        case .roleFounder: ("ผู้ก่อตั้ง", "Founder")
        case .roleMember: ("สมาชิก", "Member")
        case .roleEmployee: ("ลูกจ้าง", "Employee")
        case .saveResult: ("บันทึกผล", "Save result")
        case .setBaseline: ("รายได้ก่อนเข้าโครงการ", "Income before the programme")
        case .sourceJob: ("ลูกจ้าง/งานประจำ", "A job")
        case .sourceOwnBusiness: ("ธุรกิจของตนเอง", "Own business")
        case .sourceEnterprise: ("วิสาหกิจชุมชน/กลุ่ม", "An enterprise")
        case .sourceNone: ("ไม่มีรายได้", "None")
        case .startedOn: ("วันที่เริ่ม", "Started on")
        case .statusDate: ("วันที่", "Date")
        case .tcgGuarantee: ("ค้ำประกันโดย บสย.", "TCG guarantee")
        case .topicFinancialLiteracy: ("ความรู้ทางการเงิน", "Financial literacy")
        case .topicBusinessPlan: ("แผนธุรกิจ", "Business plan")
        case .topicBookkeeping: ("การทำบัญชี", "Bookkeeping")
        case .topicLoanPreparation: ("การเตรียมยื่นสินเชื่อ", "Loan preparation")
        case .value: ("ข้อมูล", "Value")
        case .navLoans: ("สินเชื่อ", "Loans")
        case .navEnterprises: ("กิจการ", "Enterprises")
        case .navFollowUps: ("ติดตามรายได้", "Follow-ups")
        case .navPlacements: ("การจ้างงาน", "Jobs")
        case .navMentoring: ("ให้คำปรึกษา", "Mentoring")
        case .openLoan: ("เปิดคำขอสินเชื่อ", "Open a loan application")
        case .livelihoodsHeading: ("อาชีพและรายได้หลังการอบรม", "Livelihoods after training")
        case .livelihoodsHint:
            (
                "นับจากผู้จบหลักสูตรในรอบนี้ แต่ละตัวเลขนับคนละครั้ง ยกเว้นสินเชื่อ (นับคำขอที่อนุมัติ) และกิจการ (นับกิจการที่เริ่มในปีงบประมาณ)",
                "Of the people who completed a course in this cycle; each figure counts people once, except loans (approved applications) and businesses (started in the fiscal year)"
            )
        case .referredCount: ("ส่งต่อธนาคาร", "Referred")
        case .mentoredCount: ("ได้รับคำปรึกษา", "Mentored")
        case .loansApprovedCount: ("สินเชื่ออนุมัติ", "Loans approved")
        case .loansApprovedBaht: ("วงเงินอนุมัติ", "Baht approved")
        case .businessesCount: ("กิจการใหม่", "New businesses")
        case .placedCount: ("ได้งาน", "Placed in jobs")
        case .incomeGain: ("รายได้เพิ่มต่อปี", "Income gain a year")
        case .incomeMeasured: ("คนที่วัดได้", "People measured")
        case .incomeUnreached: ("ติดต่อไม่ได้", "Never reached")
        case .incomeNoBaseline: ("ไม่มีรายได้ฐาน", "No baseline")
        case .incomeByCommunity: ("รายได้เพิ่มขึ้นรายชุมชน", "Income gain by community")
        case .incomeRule:
            (
                "รายได้เพิ่มต่อปีของแต่ละคน = (รายได้ต่อเดือนล่าสุดที่ติดตามได้ − รายได้ก่อนเข้าโครงการ) × 12 นับเฉพาะคนที่มีรายได้ฐานและติดตามได้อย่างน้อยหนึ่งครั้ง แต่ละคนนับครั้งเดียว คนที่ติดต่อไม่ได้แสดงแยก ไม่นับเป็นศูนย์",
                "Each person's yearly gain = (latest monthly income at a follow-up they were reached at − income before the programme) × 12, for people with a baseline and at least one such follow-up; each person once. People never reached are shown apart, never as zero."
            )
        case .incomeTarget: ("เป้าหมายต่อชุมชน", "Target per community")
        case .stageReferredNote:
            (
                "แสดงเฉพาะผู้จบหลักสูตรใน{0} ที่ได้รับการส่งต่อธนาคาร",
                "Showing people who completed a course in {0} and were referred to a bank"
            )
        case .stageMentoredNote:
            ("แสดงเฉพาะผู้จบหลักสูตรใน{0} ที่ได้รับคำปรึกษา", "Showing people who completed a course in {0} and were mentored")
        case .stageIncomeNote:
            (
                "แสดงเฉพาะผู้จบหลักสูตรใน{0} ที่วัดรายได้เพิ่มได้",
                "Showing people who completed a course in {0} whose income gain is measured"
            )
        case .atRegistration: ("ตอนลงทะเบียน", "at registration")
        case .referralForPerson: ("สำหรับบุคคลนี้ (ไม่ใช่กิจการ)", "For the person (not an enterprise)")
        case .tryAgain: ("มีการบันทึกพร้อมกัน กรุณาลองอีกครั้ง", "Saved by someone else at the same moment: please try again.")
        case .invalidCharacters: ("มีอักขระควบคุมที่ใช้ไม่ได้", "Contains control characters that cannot be stored.")
        case .stagePlacedNote:
            ("แสดงเฉพาะผู้จบหลักสูตรใน{0} ที่ได้งาน", "Showing people who completed a course in {0} and were placed in a job")
        case .listShown: ("แสดง {0} จาก {1} รายการ (ล่าสุดก่อน)", "Showing {0} of {1}, newest first")
        case .olderRecords: ("รายการก่อนหน้า", "Older records")
        case .openLoanHint:
            (
                "ผลิตภัณฑ์สินเชื่อ และวงเงินที่ขอ (ถ้าไม่ระบุ ใช้วงเงินที่ต้องการตอนส่งต่อ)",
                "The loan product, and the amount requested (the amount sought at referral if left blank)"
            )
        default: nil
        }
    }
}
