extension Phrase {
    /// Layout, sign-in, errors, home, accounts, the audit log and the API.
    var platformText: (th: String, en: String)? {
        switch self {
        case .appName: ("สานฝัน ปั้นอาชีพ", "Sanfan: Weave Dreams, Build Careers")
        case .appTagline:
            (
                "โครงการพัฒนาอาชีพชุมชนรอบนิคมอุตสาหกรรม กนอ.",
                "IEAT's career-building programme for communities around industrial estates"
            )
        case .skipToContent: ("ข้ามไปยังเนื้อหา", "Skip to content")
        case .navHome: ("หน้าหลัก", "Home")
        case .navUsers: ("ผู้ใช้งาน", "Users")
        case .navAudit: ("บันทึกการแก้ไข", "Audit log")
        case .navEstates: ("นิคมอุตสาหกรรม", "Estates")
        case .signOut: ("ออกจากระบบ", "Sign out")
        case .signedInAs: ("ผู้ใช้:", "Signed in as")
        case .switchToOtherLanguage: ("English", "ภาษาไทย")
        case .footerNote:
            (
                "การนิคมอุตสาหกรรมแห่งประเทศไทย · ข้อมูลส่วนบุคคลคุ้มครองตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562",
                "Industrial Estate Authority of Thailand · Personal data protected under the PDPA B.E. 2562"
            )
        case .signInTitle: ("เข้าสู่ระบบ", "Sign in")
        case .signInIntro:
            (
                "สำหรับเจ้าหน้าที่ กนอ. นิคมอุตสาหกรรม และหน่วยงานภาคีเครือข่าย",
                "For IEAT staff, estate officers and partner organisations"
            )
        case .username: ("ชื่อผู้ใช้", "Username")
        case .password: ("รหัสผ่าน", "Password")
        case .signInButton: ("เข้าสู่ระบบ", "Sign in")
        case .wrongCredentials: ("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง", "The username or password is wrong.")
        case .lockedOut:
            (
                "ใส่รหัสผ่านผิดหลายครั้งเกินไป ระบบระงับการเข้าสู่ระบบชั่วคราว ลองใหม่ได้หลังเวลา {0} น.",
                "Too many wrong passwords. Signing in is blocked for now; try again after {0}."
            )
        case .sessionExpired: ("หมดเวลาการใช้งาน กรุณาเข้าสู่ระบบอีกครั้ง", "Your session has ended. Please sign in again.")
        case .formExpired:
            (
                "แบบฟอร์มนี้หมดอายุหรือไม่ได้ส่งจากหน้านี้ กรุณาลองอีกครั้ง",
                "This form has expired or did not come from this page. Please try again."
            )
        case .signedOut: ("ออกจากระบบเรียบร้อยแล้ว", "You have signed out.")
        case .accountDisabled:
            ("บัญชีนี้ถูกระงับการใช้งาน กรุณาติดต่อผู้ดูแลระบบ", "This account is disabled. Please contact an administrator.")
        case .fieldRequired: ("กรุณากรอกข้อมูลช่องนี้", "This field is required.")
        case .notFoundTitle: ("ไม่พบหน้าที่ต้องการ", "Page not found")
        case .notFoundBody:
            ("ไม่พบหน้าหรือข้อมูลนี้ หรือคุณไม่มีสิทธิ์เข้าถึง", "This page or record does not exist, or you cannot see it.")
        case .forbiddenTitle: ("ไม่มีสิทธิ์เข้าถึง", "Access refused")
        case .forbiddenBody: ("บัญชีของคุณไม่มีสิทธิ์ใช้หน้านี้", "Your account is not allowed to use this page.")
        case .errorTitle: ("เกิดข้อผิดพลาด", "Something went wrong")
        case .errorBody:
            (
                "ระบบไม่สามารถทำรายการนี้ได้ในขณะนี้ ข้อมูลของคุณไม่ได้ถูกบันทึกบางส่วน กรุณาลองใหม่อีกครั้ง",
                "The system could not complete this. Nothing was half-saved; please try again."
            )
        case .badRequestTitle: ("คำขอไม่ถูกต้อง", "Bad request")
        case .payloadTooLarge: ("ข้อมูลที่ส่งมีขนาดใหญ่เกินกำหนด", "What was sent is too large.")
        case .tooManyRequests: ("มีคำขอมากเกินไป กรุณารอสักครู่", "Too many requests. Please wait a moment.")
        case .unauthorizedBody: ("กรุณาเข้าสู่ระบบก่อน", "Please sign in first.")
        case .backHome: ("กลับหน้าหลัก", "Back to home")
        case .welcome: ("สวัสดี คุณ{0}", "Hello, {0}")
        case .homeIntro:
            (
                "ระบบบริหารโครงการ สานฝัน ปั้นอาชีพ: ทะเบียนผู้เข้าร่วม การฝึกอบรม การรับรองคุณวุฒิวิชาชีพ สินเชื่อ และผลลัพธ์ด้านรายได้ของชุมชน",
                "Sanfan runs the programme: the registry of participants, training, professional qualifications, loans and the income communities gain."
            )
        case .yourAccess: ("สิทธิ์การเข้าถึงของคุณ", "Your access")
        case .scopeEverything: ("ผู้ดูแลระบบ: เห็นและจัดการข้อมูลทั้งหมด", "Administrator: you see and manage everything.")
        case .scopeEstates: ("เจ้าหน้าที่นิคม: เห็นเฉพาะข้อมูลของ{0}", "Estate officer: you see only the records of {0}.")
        case .scopeOrganisation:
            (
                "หน่วยงานภาคี: เห็นเฉพาะผู้ที่ยินยอมให้เปิดเผยข้อมูลแก่ {0}",
                "Partner: you see only people who consented to sharing with {0}."
            )
        case .scopeDashboards:
            ("ผู้บริหาร: เห็นแดชบอร์ดและรายงาน ไม่เห็นข้อมูลส่วนบุคคล", "Viewer: dashboards and reports, no personal data.")
        case .estate: ("นิคมอุตสาหกรรม", "Estate")
        case .province: ("จังหวัด", "Province")
        case .operatorColumn: ("ผู้ดำเนินการ", "Operator")
        case .programmeYear: ("ปีที่เข้าร่วมโครงการ", "Joined the programme")
        case .fiscalYear: ("ปีงบประมาณ {0}", "FY {0}")
        case .buddhistEraYear: ("พ.ศ. {0}", "BE {0}")
        case .code: ("รหัส", "Code")
        case .nameThai: ("ชื่อภาษาไทย", "Thai name")
        case .nameEnglish: ("ชื่อภาษาอังกฤษ", "English name")
        case .noneYet: ("—", "—")
        case .operatorIEAT: ("กนอ. ดำเนินการเอง", "Run by IEAT")
        case .operatorJoint: ("ร่วมดำเนินงาน", "Joint venture")
        case .operatorUnknown: ("ไม่ทราบ", "Unknown")
        case .roleAdmin: ("ผู้ดูแลระบบ (สำนักงานใหญ่)", "Administrator (HQ)")
        case .roleEstateOfficer: ("เจ้าหน้าที่นิคมอุตสาหกรรม", "Estate officer")
        case .rolePartner: ("หน่วยงานภาคี", "Partner organisation")
        case .roleViewer: ("ผู้บริหาร (ดูรายงาน)", "Viewer (reports only)")
        case .kindAuthority: ("หน่วยงานเจ้าของโครงการ", "Authority")
        case .kindTrainingProvider: ("หน่วยฝึกอบรม", "Training provider")
        case .kindCertifyingBody: ("หน่วยรับรองคุณวุฒิ", "Certifying body")
        case .kindBank: ("สถาบันการเงิน", "Bank")
        case .kindGuarantor: ("ผู้ค้ำประกันสินเชื่อ", "Credit guarantor")
        case .kindSchool: ("สถาบันการศึกษา", "School")
        case .kindIndustryAssociation: ("สมาคมอุตสาหกรรม", "Industry association")
        case .kindNGO: ("องค์กรภาคประชาสังคม", "NGO")
        case .kindEmployer: ("นายจ้าง", "Employer")
        case .usersTitle: ("ผู้ใช้งาน", "Users")
        case .newUser: ("เพิ่มผู้ใช้งาน", "New user")
        case .displayName: ("ชื่อ-นามสกุล", "Full name")
        case .role: ("บทบาท", "Role")
        case .estates: ("นิคมที่รับผิดชอบ", "Assigned estates")
        case .organisation: ("หน่วยงาน", "Organisation")
        case .noOrganisation: ("— ไม่มี —", "— none —")
        case .language: ("ภาษา", "Language")
        case .status: ("สถานะ", "Status")
        case .active: ("ใช้งาน", "Active")
        case .disabled: ("ระงับ", "Disabled")
        case .lastSignIn: ("เข้าสู่ระบบล่าสุด", "Last sign-in")
        case .never: ("ยังไม่เคย", "Never")
        case .save: ("บันทึก", "Save")
        case .createUser: ("สร้างผู้ใช้งาน", "Create user")
        case .edit: ("แก้ไข", "Edit")
        case .resetPassword: ("ตั้งรหัสผ่านใหม่", "Reset password")
        case .newPassword: ("รหัสผ่านใหม่", "New password")
        case .disableUser: ("ระงับการใช้งาน", "Disable")
        case .enableUser: ("เปิดใช้งาน", "Enable")
        case .userCreated: ("สร้างผู้ใช้งานแล้ว", "User created.")
        case .userSaved: ("บันทึกข้อมูลผู้ใช้งานแล้ว", "User saved.")
        case .passwordWasReset: ("ตั้งรหัสผ่านใหม่แล้ว", "Password reset.")
        case .userDisabled: ("ระงับการใช้งานแล้ว ผู้ใช้จะออกจากระบบทันที", "User disabled; they are signed out at once.")
        case .userEnabled: ("เปิดใช้งานแล้ว", "User enabled.")
        case .usernameInvalid:
            (
                "ชื่อผู้ใช้ต้องมี 3–32 ตัว ใช้ได้เฉพาะ a–z ตัวเลข จุด ขีด และขีดล่าง",
                "Use 3–32 characters: a–z, digits, dot, dash or underscore."
            )
        case .usernameTaken: ("ชื่อผู้ใช้นี้มีอยู่แล้ว", "This username is already taken.")
        case .passwordTooShort: ("รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร", "The password needs at least 10 characters.")
        case .passwordTooLong: ("รหัสผ่านยาวเกินไป (ไม่เกิน 72 ไบต์)", "The password is too long (72 bytes at most).")
        case .officerNeedsEstate:
            ("เจ้าหน้าที่นิคมต้องมีนิคมที่รับผิดชอบอย่างน้อย 1 แห่ง", "An estate officer needs at least one estate.")
        case .partnerNeedsOrganisation: ("ผู้ใช้ของหน่วยงานภาคีต้องระบุหน่วยงาน", "A partner user needs an organisation.")
        case .unknownChoice: ("ตัวเลือกนี้ไม่มีในระบบ", "This choice does not exist.")
        case .cannotDisableSelf: ("ไม่สามารถระงับบัญชีของตนเองได้", "You cannot disable your own account.")
        case .formHasErrors: ("กรุณาแก้ไขข้อมูลที่ระบุด้านล่าง", "Please correct the fields marked below.")
        case .passwordHint: ("อย่างน้อย 10 ตัวอักษร", "At least 10 characters.")
        case .estatesHint: ("สำหรับเจ้าหน้าที่นิคมเท่านั้น", "For estate officers only.")
        case .organisationHint: ("สำหรับผู้ใช้ของหน่วยงานภาคีเท่านั้น", "For partner users only.")
        case .languageThai: ("ไทย", "Thai")
        case .languageEnglish: ("อังกฤษ", "English")
        case .cancel: ("ยกเลิก", "Cancel")
        case .auditTitle: ("บันทึกการแก้ไขข้อมูล", "Audit log")
        case .auditIntro:
            (
                "ทุกการสร้าง แก้ไข และลบข้อมูล บันทึกผู้ทำ เวลา รายการ และค่าก่อน-หลัง",
                "Every create, update and delete: who, when, which record, and the values before and after."
            )
        case .when: ("เวลา", "When")
        case .who: ("ผู้ทำรายการ", "Who")
        case .action: ("การกระทำ", "Action")
        case .record: ("รายการ", "Record")
        case .changes: ("การเปลี่ยนแปลง", "Changes")
        case .filter: ("กรอง", "Filter")
        case .from: ("ตั้งแต่วันที่", "From")
        case .to: ("ถึงวันที่", "To")
        case .allUsers: ("ทุกคน", "Everyone")
        case .allRecords: ("ทุกประเภท", "All kinds")
        case .recordID: ("รหัสรายการ", "Record ID")
        case .actionCreate: ("สร้าง", "Created")
        case .actionUpdate: ("แก้ไข", "Updated")
        case .actionDelete: ("ลบ", "Deleted")
        case .actionReveal: ("เปิดดูข้อมูล", "Revealed")
        case .actionExport: ("ส่งออกข้อมูล", "Exported")
        case .noResults: ("ไม่พบรายการ", "Nothing found.")
        case .olderEntries: ("รายการก่อนหน้า →", "Older entries →")
        case .field: ("ข้อมูล", "Field")
        case .before: ("ก่อน", "Before")
        case .after: ("หลัง", "After")
        case .dateHint: ("วัน/เดือน/ปี พ.ศ. เช่น 5/3/2563", "day/month/year, e.g. 5/3/2020")
        case .invalidDate: ("วันที่ไม่ถูกต้อง ใช้รูปแบบ วัน/เดือน/ปี", "Not a valid date; use day/month/year.")
        case .clearFilters: ("ล้างตัวกรอง", "Clear filters")
        case .apiInvalidBody: ("ข้อมูลที่ส่งมาไม่ใช่ JSON ที่ถูกต้อง", "The request body is not valid JSON of the expected shape.")
        case .apiInvalidToken:
            ("โทเค็นไม่ถูกต้อง หมดอายุ หรือถูกยกเลิกแล้ว", "The token is missing, invalid, expired or revoked.")
        case .apiForbidden: ("ไม่มีสิทธิ์ใช้งานส่วนนี้", "This account may not use this.")
        case .apiNotFound: ("ไม่พบข้อมูลหรือเส้นทางนี้", "No such route or record.")
        case .apiServerError: ("ระบบขัดข้อง ไม่มีข้อมูลถูกบันทึกบางส่วน", "Server error; nothing was half-saved.")
        case .apiLocked: ("เข้าสู่ระบบผิดหลายครั้งเกินไป ลองใหม่หลังเวลา {0}", "Too many failed attempts; try again after {0}.")
        case .apiWrongCredentials: ("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง", "Wrong username or password.")
        case .apiValidationFailed: ("ข้อมูลบางช่องไม่ถูกต้อง", "Some fields are invalid.")
        case .nationalIDCategory:
            (
                "เลขประจำตัวประชาชนขึ้นต้นด้วย 9 ไม่ได้ (ไม่มีบุคคลประเภท 9) กรุณาตรวจสอบกับบัตรอีกครั้ง",
                "A national ID cannot start with 9: there is no such person category. Check the card again."
            )
        case .moreFilters: ("ตัวกรองเพิ่มเติม: นิคม ชุมชน ช่วงวัย เพศ", "More filters: estate, community, age, gender")
        case .errorBodyRead:
            (
                "ระบบแสดงหน้านี้ไม่ได้ในขณะนี้ กรุณาลองใหม่อีกครั้ง (ไม่มีข้อมูลใดถูกเปลี่ยนแปลง)",
                "This page cannot be shown just now. Please try again; nothing was changed."
            )
        case .nationalIDCategoryZero:
            (
                "เลขประจำตัวขึ้นต้นด้วย 0 คือบุคคลที่ไม่มีสถานะทางทะเบียน ระบบรับไว้แล้ว กรุณาตรวจสอบกับบัตรอีกครั้ง",
                "An ID starting with 0 is a person without registration status: accepted, but check it against the card."
            )
        case .appShortName: ("สานฝัน ปั้นอาชีพ", "Sanfan")
        case .searchHintNames: ("ชื่อหรือนามสกุล (ส่วนต้น)", "Start of a first or last name")
        case .sharedOnlyList:
            (
                "รายชื่อนี้มีเฉพาะผู้ที่ยินยอมเปิดเผยข้อมูลแก่หน่วยงานของท่าน",
                "This list holds only people who agreed to share with your organisation."
            )
        case .ownEstatesHome: ("ตัวเลขของนิคมอุตสาหกรรมที่ท่านรับผิดชอบ", "Figures for the estates you look after.")
        case .menu: ("☰ เมนู", "☰ Menu")
        case .enrolledCount: ("เข้าอบรม {0} คน", "{0} enrolled")
        case .totalOwnEstates: ("รวมนิคมของท่าน", "Your estates")
        case .ownEstatesNote:
            (
                "แสดงเฉพาะนิคมอุตสาหกรรมที่ท่านรับผิดชอบ ตัวเลขแต่ละช่องเปิดดูรายชื่อได้",
                "Only the estates you look after are shown; each figure opens the people behind it."
            )
        case .sharedOnlyNote:
            (
                "ตัวเลขเป็นของทั้งโครงการ รายชื่อที่เปิดดูได้มีเฉพาะผู้ที่ยินยอมเปิดเผยข้อมูลแก่หน่วยงานของท่าน",
                "The figures are the whole programme's; the lists behind them show only people who agreed to share with your organisation."
            )
        case .programmeTotalLine:
            (
                "ทั้งโครงการ: ผ่านการอบรม {0} คน จากเป้าหมาย {1} คน ({2})",
                "Whole programme: {0} completed of a target of {1} ({2})"
            )
        case .outsideAgeBands: ("อายุต่ำกว่า {0} ปี (นอกช่วงวัย)", "Under {0} (outside the bands)")
        case .uriTooLong:
            ("ที่อยู่เว็บยาวเกินไป กรุณาลดเงื่อนไขการค้นหา", "The web address is too long. Search with fewer terms.")
        default: nil
        }
    }
}
