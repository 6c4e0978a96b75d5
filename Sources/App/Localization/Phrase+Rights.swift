extension Phrase {
    /// People's requests under the PDPA and the document of everything held about them (issue 16).
    var rightsText: (th: String, en: String)? {
        switch self {
        case .navDataRequests: ("คำขอตามสิทธิ PDPA", "PDPA requests")
        case .dataRequestsTitle: ("คำขอของเจ้าของข้อมูลตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล", "People's requests about their data")
        case .dataRequestsIntro:
            (
                "บันทึกทุกคำขอที่ได้รับ (ขอดู ขอสำเนา ขอโอน แก้ไข ลบ ระงับ คัดค้าน ถอนความยินยอม) พร้อมการยืนยันตัวตน ต้องตอบภายใน 30 วันนับจากวันที่ได้รับ ทุกขั้นตอนถูกบันทึกในประวัติการใช้งาน",
                "Record every request received (access, copy, portability, correction, erasure, restriction, objection, consent withdrawal) with the identity check. The Act allows 30 days from receipt. Every step is audited."
            )
        case .dataRequestsOpen: ("คำขอที่ยังไม่ได้ตอบ เรียงตามกำหนด", "Open requests, by deadline")
        case .dataRequestsClosed: ("ตอบแล้วล่าสุด", "Answered lately")
        case .dataRequestsNone: ("ไม่มีคำขอค้างอยู่", "No open requests")
        case .dataRequestsNoneClosed: ("ยังไม่มีคำขอที่ตอบแล้ว", "None answered yet")
        case .dataRequestNew: ("บันทึกคำขอตามสิทธิ", "Record a PDPA request")
        case .dataRequestNewFor: ("บันทึกคำขอของ {0}", "Record a request from {0}")
        case .dataRequestNewHint:
            (
                "บันทึกในวันที่ได้รับคำขอ กำหนดตอบคำนวณให้ 30 วัน ถ้าผู้ขอไม่ใช่เจ้าของข้อมูลเอง ให้ระบุการตรวจสอบอำนาจกระทำการแทน",
                "Record it on the day it arrives; the 30-day deadline is worked out. If someone asks on the person's behalf, say how their authority was checked."
            )
        case .dataRequestKind: ("คำขอ", "Request")
        case .dataRequestChannel: ("ช่องทางที่ได้รับ", "How it arrived")
        case .dataRequestReceivedOn: ("วันที่ได้รับ", "Received")
        case .dataRequestIdentity: ("การยืนยันตัวตน", "Identity check")
        case .dataRequestIdentityHint:
            ("เช่น ตรวจบัตรประชาชนตัวจริงต่อหน้า", "For example: the ID card seen in person")
        case .dataRequestDetails: ("รายละเอียดคำขอ", "What was asked")
        case .dataRequestDue: ("กำหนดตอบ", "Due")
        case .dataRequestDaysLeft: ("เหลือ {0} วัน", "{0} days left")
        case .dataRequestDueToday: ("ครบกำหนดวันนี้", "Due today")
        case .dataRequestOverdue: ("เกินกำหนด {0} วัน", "{0} days overdue")
        case .dataRequestStatus: ("สถานะ", "Status")
        case .dataRequestSaved: ("บันทึกคำขอแล้ว ต้องตอบภายใน {0}", "Request recorded: due by {0}")
        case .dataRequestClose: ("ปิดคำขอ", "Close the request")
        case .dataRequestOutcome: ("สิ่งที่ดำเนินการ หรือเหตุผลที่ปฏิเสธ", "What was done, or why it was refused")
        case .dataRequestOutcomeHint:
            (
                "การปฏิเสธต้องมีเหตุตามกฎหมาย เช่น ต้องเก็บไว้ตามหน้าที่ตามกฎหมาย และจะแจ้งเจ้าของข้อมูล",
                "A refusal needs a reason the Act allows, such as a legal duty to keep the record; the person is told."
            )
        case .dataRequestClosedNow: ("ปิดคำขอแล้ว", "Request closed")
        case .dataRequestClosedAlready: ("คำขอนี้ปิดไปแล้ว", "This request is closed already")
        case .dataRequestTitle: ("{0} ของ {1}", "{0} · {1}")
        case .dataRequestRecordedBy: ("ผู้บันทึก", "Recorded by")
        case .dataRequestPerson: ("เจ้าของข้อมูล", "The person")
        case .dataRequestDocument: ("เอกสารข้อมูลทั้งหมด (สำหรับพิมพ์)", "Everything held, as a document to print")
        case .dataRequestJSON: ("ไฟล์ข้อมูลที่เครื่องอ่านได้ (JSON)", "Machine-readable file (JSON)")
        case .dataRequestHandOverHint:
            (
                "มอบเอกสารหรือไฟล์นี้ให้เจ้าของข้อมูล มีเฉพาะข้อมูลของบุคคลนี้ การเปิดทุกครั้งถูกบันทึกในประวัติการใช้งาน",
                "Give this document or file to the person: it holds their data only. Every opening is audited."
            )
        case .dataRequestActHint:
            (
                "ดำเนินการที่หน้าข้อมูลของบุคคล (แก้ไขข้อมูล เปลี่ยนความยินยอม) แล้วบันทึกผลที่นี่",
                "Act on the person's page (correct the record, change a consent), then record what was done here."
            )
        case .dataRequestsOfPerson: ("คำขอตามสิทธิของบุคคลนี้", "This person's PDPA requests")
        case .requestAccess: ("ขอเข้าถึงข้อมูล (ม.30)", "Access (s.30)")
        case .requestCopy: ("ขอสำเนาข้อมูล (ม.30)", "A copy (s.30)")
        case .requestPortability: ("ขอรับหรือโอนข้อมูลในรูปแบบที่อ่านได้ด้วยเครื่อง (ม.31)", "Portability (s.31)")
        case .requestRectification: ("ขอแก้ไขข้อมูลให้ถูกต้อง (ม.35–36)", "Correction (ss.35–36)")
        case .requestErasure: ("ขอลบหรือทำให้ไม่ระบุตัวตน (ม.33)", "Erasure or anonymising (s.33)")
        case .requestRestriction: ("ขอระงับการใช้ข้อมูล (ม.34)", "Restriction (s.34)")
        case .requestObjection: ("คัดค้านการเก็บหรือใช้ข้อมูล (ม.32)", "Objection (s.32)")
        case .requestWithdrawal: ("ถอนความยินยอม (ม.19)", "Consent withdrawal (s.19)")
        case .requestChannelInPerson: ("มาด้วยตนเอง", "In person")
        case .requestChannelLetter: ("หนังสือ", "Letter")
        case .requestChannelPhone: ("โทรศัพท์", "Phone")
        case .requestChannelEmail: ("อีเมล", "Email")
        case .requestChannelPartner: ("ผ่านหน่วยงานภาคี", "Through a partner")
        case .requestOpen: ("รอดำเนินการ", "Open")
        case .requestDone: ("ดำเนินการแล้ว", "Done")
        case .requestRefused: ("ปฏิเสธ พร้อมเหตุผล", "Refused, with the reason")
        case .subjectDocumentTitle:
            ("ข้อมูลส่วนบุคคลที่โครงการสานฝัน ปั้นอาชีพ เก็บไว้เกี่ยวกับ {0}", "Personal data the Sanfan programme holds about {0}")
        case .subjectDocumentIntro:
            (
                "ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 มาตรา 30 และ 31 จัดทำเมื่อ {0} โดย {1} ผู้ควบคุมข้อมูล: การนิคมอุตสาหกรรมแห่งประเทศไทย",
                "Under the Personal Data Protection Act B.E. 2562, sections 30 and 31. Made on {0} by {1}. Data controller: the Industrial Estate Authority of Thailand."
            )
        case .subjectDocumentNone: ("ไม่มี", "None")
        case .subjectDocumentPrint: ("พิมพ์หรือบันทึกเป็น PDF จากเบราว์เซอร์", "Print, or save as PDF, from the browser")
        case .sessionsTitle: ("การเข้าสู่ระบบของฉัน", "Where I am signed in")
        case .sessionsIntro:
            (
                "เบราว์เซอร์ที่เข้าสู่ระบบด้วยบัญชีของท่านอยู่ตอนนี้ ถ้าไม่รู้จักเครื่องใด ให้ออกจากระบบเครื่องนั้นและเปลี่ยนรหัสผ่าน",
                "The browsers signed in to your account now. If you do not recognise one, sign it out and change your password."
            )
        case .sessionsBrowser: ("เบราว์เซอร์", "Browser")
        case .sessionsAddress: ("ที่อยู่ IP", "IP address")
        case .sessionsSignedIn: ("เข้าสู่ระบบเมื่อ", "Signed in")
        case .sessionsLastUsed: ("ใช้งานล่าสุด", "Last used")
        case .sessionsThisOne: ("เครื่องนี้", "this browser")
        case .sessionsEnd: ("ออกจากระบบเครื่องนั้น", "Sign that one out")
        case .sessionsEndOthers: ("ออกจากระบบทุกเครื่องยกเว้นเครื่องนี้", "Sign out every other browser")
        case .sessionsEnded: ("ออกจากระบบแล้ว {0} เครื่อง", "{0} signed out")
        case .signOutEverywhere: ("ออกจากระบบทุกเครื่อง", "Sign out everywhere")
        case .signOutEverywhereHint:
            (
                "ปิดทุกการเข้าสู่ระบบและโทเค็น API ของบัญชีนี้ทันที ผู้ใช้ต้องเข้าสู่ระบบใหม่ (บันทึกในประวัติการใช้งาน)",
                "Ends every session and API token of this account at once; the user signs in again. Audited."
            )
        case .signedOutEverywhere:
            ("ออกจากระบบแล้ว {0} เครื่อง ยกเลิกโทเค็น {1} รายการ", "{0} sessions ended, {1} tokens revoked")
        case .twoFactorTitle: ("รหัสยืนยันตัวตนขั้นที่สอง", "Second sign-in step")
        case .twoFactorCodeIntro:
            (
                "รหัสผ่านถูกต้อง ใส่รหัส 6 หลักจากแอปยืนยันตัวตนในโทรศัพท์ หรือรหัสกู้คืนหนึ่งรหัส",
                "Your password was right. Type the 6-digit code from the authenticator app on your phone, or one recovery code."
            )
        case .twoFactorCode: ("รหัส", "Code")
        case .twoFactorCodeHint:
            ("6 หลักจากแอป หรือรหัสกู้คืน เช่น ABCDE-FGHJK", "6 digits from the app, or a recovery code such as ABCDE-FGHJK")
        case .twoFactorWrongCode: ("รหัสไม่ถูกต้องหรือถูกใช้ไปแล้ว", "That code is wrong or has been used")
        case .twoFactorExpired:
            ("ขั้นตอนเข้าสู่ระบบหมดเวลา กรุณาใส่รหัสผ่านอีกครั้ง", "The sign-in took too long: enter your password again")
        case .twoFactorEnrolTitle: ("การยืนยันตัวตนสองขั้นตอน", "Two-step sign-in")
        case .twoFactorRequired:
            (
                "บัญชีผู้ดูแลระบบและหน่วยงานภาคีต้องเปิดการยืนยันตัวตนสองขั้นตอนก่อนใช้งาน",
                "Admin and partner accounts must turn on two-step sign-in before going on."
            )
        case .twoFactorStepApp:
            (
                "ติดตั้งแอปยืนยันตัวตนในโทรศัพท์ เช่น Google Authenticator หรือ Microsoft Authenticator",
                "Install an authenticator app on your phone, such as Google Authenticator or Microsoft Authenticator."
            )
        case .twoFactorStepScan: ("สแกนคิวอาร์โค้ดนี้ด้วยแอป", "Scan this QR code with the app.")
        case .twoFactorStepSecret: ("สแกนไม่ได้? พิมพ์รหัสนี้ในแอปแทน: ", "Cannot scan? Type this key into the app instead: ")
        case .twoFactorStepCode: ("ใส่รหัส 6 หลักที่แอปแสดง", "Type the 6-digit code the app shows.")
        case .twoFactorTurnOn: ("เปิดใช้", "Turn on")
        case .twoFactorPasswordHint:
            (
                "รหัสผ่านของท่านอีกครั้ง เมื่อเปิดใช้ ทุกเครื่องที่เข้าด้วยรหัสผ่านอย่างเดียวจะถูกออกจากระบบ",
                "Your password again. Once it is on, everything signed in with the password alone is signed out."
            )
        case .twoFactorCodesTitle: ("รหัสกู้คืนของท่าน", "Your recovery codes")
        case .twoFactorOn: ("เปิดใช้การยืนยันตัวตนสองขั้นตอนแล้ว", "Two-step sign-in is on")
        case .twoFactorCodesIntro:
            (
                "เก็บรหัสเหล่านี้ไว้ในที่ปลอดภัย ใช้แทนรหัสจากแอปได้ถ้าโทรศัพท์หาย แต่ละรหัสใช้ได้ครั้งเดียว หน้านี้แสดงเพียงครั้งเดียว",
                "Keep these somewhere safe. Each can stand in for the app's code once if your phone is lost. This page is shown only once."
            )
        case .twoFactorCodesSaved: ("เก็บรหัสแล้ว ไปต่อ", "I have kept them: go on")
        case .twoFactorOnSince: ("เปิดใช้ตั้งแต่ {0}", "On since {0}")
        case .twoFactorCodesLeft: ("รหัสกู้คืนที่ยังใช้ได้: {0}", "Recovery codes left: {0}")
        case .twoFactorLostPhone:
            (
                "โทรศัพท์หายและไม่มีรหัสกู้คืน? ติดต่อผู้ดูแลระบบเพื่อรีเซ็ต",
                "Lost your phone and your recovery codes? Ask an administrator to reset it."
            )
        case .twoFactorReset: ("รีเซ็ตการยืนยันตัวตนสองขั้นตอน", "Reset two-step sign-in")
        case .twoFactorResetHint:
            (
                "ใช้เมื่อผู้ใช้ทำโทรศัพท์และรหัสกู้คืนหาย ผู้ใช้จะเข้าด้วยรหัสผ่านแล้วตั้งค่าใหม่ (บันทึกในประวัติการใช้งาน)",
                "For a lost phone and lost codes: the user signs in with their password and sets it up again. Audited."
            )
        case .twoFactorWasReset: ("รีเซ็ตแล้ว", "Reset")
        case .apiTwoFactorRequired: ("ต้องใส่รหัสยืนยันขั้นที่สองใน code", "A second-step code is required in code")
        case .apiTwoFactorEnrol:
            ("บัญชีนี้ต้องเปิดการยืนยันตัวตนสองขั้นตอนที่หน้าเว็บก่อน", "This account must turn on two-step sign-in on the web first")
        default: nil
        }
    }
}
