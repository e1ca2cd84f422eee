// The desktop flow, offscreen, against the simulator over real TLS: sign-in,
// the blocking MFA enrollment dialog, the challenge, trust decisions, and
// closing at awkward moments.
#include "support/demo_app.h"
#include "app_controller.h"
#include "dialogs/certificate_dialog.h"
#include "dialogs/message_boxes.h"
#include "dialogs/recovery_codes_dialog.h"
#include "mfa/base32.h"
#include "mfa/totp.h"
#include "portal/blocking_call.h"
#include "portal/certificate_info.h"
#include "settings/portal_profiles.h"
#include "sim/demo_seed.h"
#include "support/canned_tls_server.h"
#include "support/qr_decode.h"
#include "support/demo_accounts.h"
#include "support/sim_fixture.h"
#include "support/unsigned_jwt.h"
#include "support/widget_lookup.h"
#include "widgets/qr_code_widget.h"
#include "windows/sign_in_window.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QTcpServer>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace pbx;
using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 20000;
const QString Password = test::demoPassword();

QDialog *visibleDialog(const QString &objectName)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->objectName() == objectName && w->isVisible())
            return qobject_cast<QDialog *>(w);
    }
    return nullptr;
}

using test::child;
} // namespace

class TestGuiFlow : public QObject
{
    Q_OBJECT

    test::SimFixture m_sim;
    QTemporaryDir m_config;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::AppController> m_app;
    QStringList m_boxes;                       // what message boxes said
    QMessageBox::StandardButton m_answer = QMessageBox::Yes;
    std::function<int(QDialog &)> m_dialogAnswer; // for other dialogs
    QByteArray m_managerSecret;

    DemoPortal demo(const QString &user)
    {
        return {m_sim.url(), m_sim.simulator->certificateSha256(), user, Password,
                QString::fromLatin1(sim::DemoSeed::ClientId), QString::fromLatin1(sim::DemoSeed::ClientSecret)};
    }

    void startApp(std::optional<DemoPortal> portal)
    {
        m_app = portal ? test::demoApp(*m_settings, *portal) : std::make_unique<ui::AppController>(*m_settings);
        m_app->start();
    }

    void signIn()
    {
        auto *button = child<QPushButton>(m_app->signInWindow(), "signInButton");
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    QString code(const QByteArray &secret, qint64 offset = 0) { return mfa::totp(secret, m_sim.clock.nowSecs() + offset); }

    void type(QWidget *dialog, const char *field, const QString &text)
    {
        QVERIFY2(test::typeInto(dialog, field, text), field);
    }

private slots:
    void initTestCase()
    {
        m_sim.options.api.enrollmentSecs = 120; // shorter than the restricted token's life
        QVERIFY(m_sim.start());
        m_settings = std::make_unique<QSettings>(m_config.filePath(u"settings.ini"_s), QSettings::IniFormat);
        ui::MessageBoxes::setTestHook([this](QDialog &dialog) -> int {
            if (auto *box = qobject_cast<QMessageBox *>(&dialog)) {
                m_boxes << box->text();
                return m_answer;
            }
            return m_dialogAnswer ? m_dialogAnswer(dialog) : int(QDialog::Rejected);
        });
    }

    void init()
    {
        m_boxes.clear();
        m_answer = QMessageBox::Yes;
        m_dialogAnswer = nullptr;
        m_sim.clock.advance(301); // outside every earlier rate-limit window
    }

    void cleanup() { m_app.reset(); }

    void enrollment()
    {
        startApp(demo(u"manager@acme.demo"_s));
        ui::SignInWindow *window = m_app->signInWindow();
        QVERIFY(window->isVisible());
        QVERIFY(window->windowTitle().contains(u"Sign in"_s));
        QVERIFY(child(window, "demoBanner")); // every window says it is a demo
        signIn();

        QDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleDialog(u"mfaEnrollmentDialog"_s)), Timeout);
        QCOMPARE(dialog->windowTitle(), u"Multi-factor authentication required"_s);
        QCOMPARE(dialog->windowModality(), Qt::ApplicationModal);
        QVERIFY(child(dialog, "demoBanner"));
        QVERIFY(child<QPushButton>(dialog, "configureButton")->isDefault());
        QVERIFY(!m_app->mainWindow());
        QTest::mouseClick(child<QPushButton>(dialog, "configureButton"), Qt::LeftButton);

        auto *qr = child<ui::QrCodeWidget>(dialog, "qrCode");
        QTRY_VERIFY_WITH_TIMEOUT(qr->matrix().has_value(), Timeout);
        QCOMPARE(dialog->windowTitle(), u"Set up multi-factor authentication"_s);
        QVERIFY(qr->width() >= 200 && qr->height() >= 200);
        QVERIFY(qr->devicePixelsPerModule() >= 3);
        auto *activate = child<QPushButton>(dialog, "activateButton");
        QVERIFY(activate->isDefault());
        QVERIFY(!activate->isEnabled()); // nothing typed yet
        QCOMPARE(dialog->focusWidget(), child<QWidget>(dialog, "passcodeEdit"));

        // The key, revealed on request, is the one the QR code carries.
        QVERIFY(!child(dialog, "keyLabel")->isVisible());
        QTest::mouseClick(child<QToolButton>(dialog, "cantScanButton"), Qt::LeftButton);
        QVERIFY(child(dialog, "keyLabel")->isVisible());
        const QString keyText = child<QLabel>(dialog, "keyLabel")->text();
        QVERIFY(keyText.contains(u' ')); // grouped by four
        const auto secret = mfa::base32Decode(mfa::normalizeTypedKey(keyText));
        QVERIFY(secret.has_value());
        const QImage image = qr->renderImage().convertToFormat(QImage::Format_Grayscale8);
        test::GrayImage gray{image.width(), image.height(), {}};
        for (int y = 0; y < image.height(); ++y)
            gray.pixels.insert(gray.pixels.end(), image.constScanLine(y), image.constScanLine(y) + image.width());
        const auto decoded = test::decodeWithZbar(gray);
        QVERIFY(decoded.has_value());
        QVERIFY(decoded->contains(QByteArray(QByteArray("secret=") + mfa::normalizeTypedKey(keyText))));
        QVERIFY(!child(dialog, "parametersLabel")->isVisible()); // defaults are not spelled out

        // Pasted text keeps its digits only.
        auto *passcode = child<QLineEdit>(dialog, "passcodeEdit");
        passcode->setText(u"12 3-45 6789"_s);
        QCOMPARE(passcode->text(), u"123456"_s);
        passcode->clear();

        // Wrong password: 409, said plainly; the form reloads for another try.
        type(dialog, "passcodeEdit", code(*secret));
        type(dialog, "passwordEdit", u"not-my-password"_s);
        QVERIFY(activate->isEnabled());
        QTest::mouseClick(activate, Qt::LeftButton);
        auto *error = child<QLabel>(dialog, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && error->text() == u"The password is incorrect."_s, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->session().busy(), Timeout);
        QVERIFY(passcode->text().isEmpty());
        QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());
        QCOMPARE(dialog->focusWidget(), passcode);
        QVERIFY(error->isVisible()); // still there after the reload

        // Wrong code: 422, with the hint about the phone's clock.
        type(dialog, "passcodeEdit", code(*secret, -300));
        type(dialog, "passwordEdit", Password);
        QTest::keyClick(child<QLineEdit>(dialog, "passwordEdit"), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(error->text().contains(u"automatic date and time"_s), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->session().busy(), Timeout);

        // Keyboard only: code, Tab, password, Enter.
        passcode->setFocus();
        QTest::keyClicks(passcode, code(*secret));
        QTest::keyClick(passcode, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, "passwordEdit"));
        QTest::keyClicks(QApplication::focusWidget(), Password);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

        // The recovery codes, once: the portal stays locked until they are
        // kept and that is confirmed.
        QDialog *gate = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((gate = visibleDialog(u"recoveryCodesDialog"_s)), Timeout);
        QCOMPARE(gate->windowModality(), Qt::ApplicationModal);
        QVERIFY(!m_app->mainWindow());
        QCOMPARE(gate->findChildren<QLabel *>(u"recoveryCode"_s).size(), 10);
        auto *confirm = child<QCheckBox>(gate, "confirmSavedCheck");
        auto *proceed = child<QPushButton>(gate, "continueButton");
        QVERIFY(!confirm->isEnabled() && !proceed->isEnabled());
        QTest::keyClick(gate, Qt::Key_Return); // Enter alone does not get past it
        QVERIFY(gate->isVisible() && !m_app->mainWindow());
        QTest::mouseClick(child<QPushButton>(gate, "copyCodesButton"), Qt::LeftButton);
        QVERIFY(QApplication::clipboard()->text().contains(gate->findChildren<QLabel *>(u"recoveryCode"_s).first()->text()));
        QVERIFY(confirm->isEnabled() && !proceed->isEnabled());
        QTest::keyClick(confirm, Qt::Key_Space);
        QVERIFY(proceed->isEnabled());
        QTest::mouseClick(proceed, Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() && m_app->mainWindow()->isVisible(), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().isEmpty(), Timeout); // cleared when the gate went
        QCOMPARE(m_boxes.size(), 1);
        QVERIFY(m_boxes.first().contains(u"now set up"_s));
        QCOMPARE(m_app->mainWindow()->windowTitle(), u"PBX Admin — Morgan Manager"_s);
        QVERIFY(!window->isVisible());
        QVERIFY(child<QLineEdit>(window, "passwordEdit")->text().isEmpty()); // not kept once signed in
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(m_app->mainWindow(), "mfaLabel")->text().startsWith(u"Enrolled since"_s), true, Timeout);
        m_managerSecret = *secret;
    }

    // Saved as a text file only the owner reads, or printed through the
    // print dialog; either lets the user confirm.
    void recoveryCodesSavedOrPrinted()
    {
        QTemporaryDir out;
        const QStringList codes{u"ABCDEFGHJKMN"_s, u"PQRSTUVWXYZ2"_s, u"3456789ABCDE"_s};
        ui::RecoveryCodesDialog dialog(codes, u"basic@acme.demo"_s, u"https://pbx.example.com"_s);
        dialog.show();
        const QString textPath = out.filePath(u"codes.txt"_s);
        const QString pdfPath = out.filePath(u"codes.pdf"_s);
        m_dialogAnswer = [&](QDialog &d) {
            if (auto *files = qobject_cast<QFileDialog *>(&d)) {
                files->selectFile(textPath);
                return int(QDialog::Accepted);
            }
            if (auto *print = qobject_cast<QPrintDialog *>(&d)) {
                print->printer()->setOutputFormat(QPrinter::PdfFormat);
                print->printer()->setOutputFileName(pdfPath);
                return int(QDialog::Accepted);
            }
            return int(QDialog::Rejected);
        };
        QTest::mouseClick(child<QPushButton>(&dialog, "saveCodesButton"), Qt::LeftButton);
        QFile saved(textPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(saved.readAll());
        QVERIFY(text.contains(u"basic@acme.demo"_s) && text.contains(u"https://pbx.example.com"_s));
        QVERIFY(text.contains(u"ABCD EFGH JKMN\nPQRS TUVW XYZ2\n3456 789A BCDE\n"_s));
        QCOMPARE(saved.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY(child<QLabel>(&dialog, "codesStatus")->text().contains(textPath));
        QVERIFY(child(&dialog, "confirmSavedCheck")->isEnabled());

        QTest::mouseClick(child<QPushButton>(&dialog, "printCodesButton"), Qt::LeftButton);
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 1000);
        QCOMPARE(child<QLabel>(&dialog, "codesStatus")->text(), u"Sent to the printer."_s);

        // A cancelled save keeps nothing and says nothing.
        m_dialogAnswer = nullptr;
        QFile::remove(textPath);
        QTest::mouseClick(child<QPushButton>(&dialog, "saveCodesButton"), Qt::LeftButton);
        QVERIFY(!QFile::exists(textPath));
        QTest::mouseClick(child<QCheckBox>(&dialog, "confirmSavedCheck"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&dialog, "continueButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // A lost phone at the passcode prompt: a recovery code signs in; a
    // temporary access code from the help desk leads to setting up a new
    // phone. A stock portal's prompt offers neither.
    void passcodePromptTakesOtherCodes()
    {
        test::SimFixture portal;
        QVERIFY(portal.start());
        auto &store = portal.simulator->store();
        QJsonObject basic = *store.get(u"user"_s, u"basic@acme.demo"_s);
        basic.insert(u"mfa-required"_s, true);
        QVERIFY(store.put(u"user"_s, u"basic@acme.demo"_s, basic));
        const auto signInAs = [&](Session &s, const QString &user) {
            s.signIn(portal.url(), portal.pinned(), test::demoClient(), user, Password);
            return QTest::qWaitFor([&] { return !s.busy(); }, Timeout);
        };
        QStringList recovery;
        {
            Session s(portal.clock);
            QVERIFY(signInAs(s, u"basic@acme.demo"_s));
            QCOMPARE(s.state(), Session::State::EnrollmentRequired);
            std::optional<Enrollment> enrollment;
            connect(&s, &Session::enrollmentReady, this, [&](const Enrollment &e) { enrollment = e; });
            s.fetchEnrollment();
            QTRY_VERIFY_WITH_TIMEOUT(enrollment.has_value(), Timeout);
            s.activate(mfa::totp(enrollment->key.secret, portal.clock.nowSecs()), Password);
            QTRY_COMPARE_WITH_TIMEOUT(s.state(), Session::State::SignedIn, Timeout);
            recovery = s.takeRecoveryCodes();
            QCOMPARE(recovery.size(), 10);
            QVERIFY(s.takeRecoveryCodes().isEmpty()); // given out once
            s.signOut();
        }
        const auto demoOf = [&](const test::SimFixture &p) {
            return DemoPortal{p.url(), p.simulator->certificateSha256(), u"basic@acme.demo"_s, Password,
                                  QString::fromLatin1(sim::DemoSeed::ClientId), QString::fromLatin1(sim::DemoSeed::ClientSecret)};
        };
        startApp(demoOf(portal));
        signIn();
        QDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleDialog(u"passcodeDialog"_s)), Timeout);
        QVERIFY(!child(dialog, "useAppButton")->isVisible());
        QTest::mouseClick(child<QPushButton>(dialog, "useRecoveryCodeButton"), Qt::LeftButton);
        QVERIFY(!child(dialog, "passcodeEdit")->isVisible());
        auto *codeEdit = child<QLineEdit>(dialog, "codeEdit");
        QVERIFY(codeEdit->isVisible() && codeEdit->hasFocus());
        QVERIFY(child<QLabel>(dialog, "promptLabel")->text().contains(u"recovery codes"_s));
        QVERIFY(child(dialog, "useAppButton")->isVisible());
        QVERIFY(!child(dialog, "verifyButton")->isEnabled());
        QTest::keyClicks(codeEdit, recovery.at(0).left(4).toLower() + u'-' + recovery.at(0).mid(4)); // as typed from paper
        QVERIFY(child(dialog, "verifyButton")->isEnabled());
        QTest::keyClick(codeEdit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() && m_app->mainWindow()->isVisible(), Timeout);
        // (This test installs no translator: English plurals come from the catalogue the app loads.)
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(m_app->mainWindow(), "mfaLabel")->text().contains(u", 9 recovery code"_s), Timeout);
        QTest::mouseClick(child<QPushButton>(m_app->mainWindow(), "signOutButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->signInWindow()->isVisible(), Timeout);

        // The help desk issues a temporary access code...
        QString accessCode;
        {
            Session desk(portal.clock);
            QVERIFY(signInAs(desk, u"helpdesk@demo"_s));
            const auto issued = blockingCall<TemporaryAccessCode>([&](auto cb) {
                desk.client()->issueTemporaryAccess(u"acme.demo"_s, u"basic"_s, 30, u"test"_s, cb);
            });
            QVERIFY(issued.ok());
            accessCode = issued.value().code;
            desk.signOut();
        }
        // ...with which the user gets to set up a new phone. (The password
        // was wiped once signed in.)
        type(m_app->signInWindow(), "passwordEdit", Password);
        signIn();
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleDialog(u"passcodeDialog"_s)), Timeout);
        QTest::mouseClick(child<QPushButton>(dialog, "useTemporaryAccessButton"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(dialog, "codeEdit"), u"0000 0000 0000"_s);
        QTest::keyClick(child<QLineEdit>(dialog, "codeEdit"), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, "errorLabel")->text().startsWith(u"The code was not accepted: it is wrong"_s),
                                 Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->session().busy(), Timeout);
        QTest::keyClicks(child<QLineEdit>(dialog, "codeEdit"), accessCode);
        QTest::keyClick(child<QLineEdit>(dialog, "codeEdit"), Qt::Key_Return);
        QDialog *enroll = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((enroll = visibleDialog(u"mfaEnrollmentDialog"_s)), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!visibleDialog(u"passcodeDialog"_s), Timeout);
        QVERIFY(!m_app->mainWindow());
        QCOMPARE(m_app->session().state(), Session::State::EnrollmentRequired);
        m_app.reset();

        // A stock portal: only the app's code.
        portal.stop();
        portal.options.api.netsapiensStrict = true;
        QVERIFY(portal.start());
        startApp(demoOf(portal));
        signIn();
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleDialog(u"passcodeDialog"_s)), Timeout);
        for (const char *name : {"useAppButton", "useRecoveryCodeButton", "useTemporaryAccessButton"})
            QVERIFY2(!child(dialog, name)->isVisible(), name);
        QVERIFY(child(dialog, "passcodeEdit")->isVisible());
    }

    // Before the domain's deadline the MFA window says how long is left and
    // lets the user in; the main window keeps reminding and offers to set it
    // up now. After the deadline it blocks as always. Recovery codes are
    // replaced from the main window.
    void setUpLaterBeforeTheDeadline()
    {
        test::SimFixture portal;
        QVERIFY(portal.start());
        auto &store = portal.simulator->store();
        const auto setDeadline = [&](const QDateTime &at) {
            QJsonObject domain = *store.get(u"domain"_s, u"acme.demo"_s);
            domain.insert(u"mfa-deadline-datetime"_s, at.toUTC().toString(Qt::ISODate));
            QVERIFY(store.put(u"domain"_s, u"acme.demo"_s, domain));
        };
        const DemoPortal manager{portal.url(), portal.simulator->certificateSha256(), u"manager@acme.demo"_s, Password,
                                     QString::fromLatin1(sim::DemoSeed::ClientId),
                                     QString::fromLatin1(sim::DemoSeed::ClientSecret)};

        // Past the deadline: no way around it, and closing asks to sign out.
        setDeadline(portal.clock.now().addDays(-1));
        startApp(manager);
        signIn();
        QDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleDialog(u"mfaEnrollmentDialog"_s)), Timeout);
        QVERIFY(!child(dialog, "setUpLaterButton")->isVisible());
        m_answer = QMessageBox::Cancel; // "Stay"
        QTest::keyClick(dialog, Qt::Key_Escape);
        QCOMPARE(m_boxes.size(), 1); // "Sign out?"
        QVERIFY(dialog->isVisible() && !m_app->mainWindow());
        m_app.reset();
        m_boxes.clear();

        // Ten days before it (a part day counts as a day).
        setDeadline(QDateTime::currentDateTimeUtc().addDays(10).addSecs(-3600));
        startApp(manager);
        signIn();
        QTRY_VERIFY2_WITH_TIMEOUT((dialog = visibleDialog(u"mfaEnrollmentDialog"_s)),
                                  qPrintable(child<QLabel>(m_app->signInWindow(), "errorLabel")->text()), Timeout);
        QCOMPARE(m_app->session().state(), Session::State::SignedIn);
        QVERIFY(!m_app->mainWindow()); // asked first
        auto *later = child<QPushButton>(dialog, "setUpLaterButton");
        QVERIFY(later->isVisible());
        QVERIFY(child<QPushButton>(dialog, "configureButton")->isDefault());
        QVERIFY2(child<QLabel>(dialog, "introText")->text().contains(u"10 day"_s),
                 qPrintable(child<QLabel>(dialog, "introText")->text()));
        QVERIFY(child<QLabel>(dialog, "introHeading")->text().startsWith(u"Set up multi-factor authentication by "_s));
        QTest::keyClick(dialog, Qt::Key_Escape); // not now, rather than sign out
        QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() && m_app->mainWindow()->isVisible(), Timeout);
        QVERIFY(m_boxes.isEmpty());
        QMainWindow *main = m_app->mainWindow();
        QVERIFY(child(main, "enrollmentDueBanner")->isVisible());
        QVERIFY(child<QLabel>(main, "enrollmentDueText")->text().contains(u"10 day"_s));
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(main, "mfaLabel")->text().startsWith(u"Required by "_s), Timeout);
        QVERIFY(!child(main, "replaceCodesButton")->isVisible());

        // "Set up now" goes straight to the code; enrolling keeps the session.
        QTest::mouseClick(child<QPushButton>(main, "setUpNowButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleDialog(u"mfaEnrollmentDialog"_s)), Timeout);
        auto *qr = child<ui::QrCodeWidget>(dialog, "qrCode");
        QTRY_VERIFY_WITH_TIMEOUT(qr->matrix().has_value(), Timeout);
        QTest::mouseClick(child<QToolButton>(dialog, "cantScanButton"), Qt::LeftButton);
        const auto secret = mfa::base32Decode(mfa::normalizeTypedKey(child<QLabel>(dialog, "keyLabel")->text()));
        QVERIFY(secret.has_value());
        type(dialog, "passcodeEdit", mfa::totp(*secret, portal.clock.nowSecs()));
        type(dialog, "passwordEdit", Password);
        QTest::mouseClick(child<QPushButton>(dialog, "activateButton"), Qt::LeftButton);
        QDialog *gate = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((gate = visibleDialog(u"recoveryCodesDialog"_s)), Timeout);
        QVERIFY(child(gate, "signOutButton")->isVisibleTo(gate));
        QTest::mouseClick(child<QPushButton>(gate, "copyCodesButton"), Qt::LeftButton);
        QTest::mouseClick(child<QCheckBox>(gate, "confirmSavedCheck"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(gate, "continueButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() && m_app->mainWindow() != main && m_app->mainWindow()->isVisible(),
                                 Timeout);
        main = m_app->mainWindow();
        QVERIFY(!child(main, "enrollmentDueBanner"));
        QVERIFY(!m_app->session().enrollmentDue().isValid());
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(main, "mfaLabel")->text().contains(u"10 recovery code"_s), Timeout);

        // New recovery codes: password and a new code first (opened, not
        // executed, so they are found on screen), then the codes, kept.
        QCOMPARE(m_boxes.size(), 1);
        QVERIFY(m_boxes.takeFirst().contains(u"now set up"_s));
        auto *replace = child<QPushButton>(main, "replaceCodesButton");
        QVERIFY(replace->isVisible());
        QTest::mouseClick(replace, Qt::LeftButton);
        QDialog *stepUp = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((stepUp = visibleDialog(u"stepUpDialog"_s)), Timeout);
        portal.clock.advance(30); // the activation's code is spent
        type(stepUp, "stepUpPasswordEdit", Password);
        type(stepUp, "stepUpPasscodeEdit", mfa::totp(*secret, portal.clock.nowSecs()));
        QTest::mouseClick(child<QPushButton>(stepUp, "stepUpConfirmButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT((gate = visibleDialog(u"recoveryCodesDialog"_s)), Timeout);
        QVERIFY(gate->windowTitle().contains(u"new recovery codes"_s));
        QVERIFY(!child(gate, "signOutButton")->isVisibleTo(gate)); // signed in: nothing to sign out of
        // Closing before keeping them asks; "no" keeps the dialog.
        m_answer = QMessageBox::Cancel;
        QTest::keyClick(gate, Qt::Key_Escape);
        QCOMPARE(m_boxes.size(), 1);
        QVERIFY(m_boxes.constLast().contains(u"no longer work"_s));
        QVERIFY(gate->isVisible());
        const QString first = gate->findChildren<QLabel *>(u"recoveryCode"_s).first()->text();
        QTest::mouseClick(child<QPushButton>(gate, "copyCodesButton"), Qt::LeftButton);
        QTest::mouseClick(child<QCheckBox>(gate, "confirmSavedCheck"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(gate, "continueButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!visibleDialog(u"recoveryCodesDialog"_s), Timeout);
        QVERIFY(m_app->mainWindow() == main && main->isVisible());
        QCOMPARE(m_app->session().state(), Session::State::SignedIn);
        // The new codes are the portal's: one of them signs in.
        QTest::mouseClick(child<QPushButton>(main, "signOutButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->signInWindow()->isVisible(), Timeout);
        Session again(portal.clock);
        again.signIn(portal.url(), portal.pinned(), test::demoClient(), u"manager@acme.demo"_s, Password);
        QTRY_COMPARE_WITH_TIMEOUT(again.state(), Session::State::ChallengeRequired, Timeout);
        again.answerChallenge(QString(first).remove(u' '), MfaMethod::RecoveryCode);
        QTRY_COMPARE_WITH_TIMEOUT(again.state(), Session::State::SignedIn, Timeout);
        QCOMPARE(again.recoveryCodesLeft(), std::optional<int>(9));
        again.signOut();
    }

    // The manager's authenticator secret: enrolled by enrollment(), or here
    // (through a session of its own) when a function runs alone.
    QByteArray managerSecret()
    {
        if (!m_managerSecret.isEmpty())
            return m_managerSecret;
        Session s(m_sim.clock);
        std::optional<Enrollment> enrollment;
        connect(&s, &Session::enrollmentReady, this, [&](const Enrollment &e) { enrollment = e; });
        s.signIn(m_sim.url(), m_sim.pinned(), test::demoClient(), u"manager@acme.demo"_s, Password);
        if (!QTest::qWaitFor([&] { return !s.busy(); }, Timeout) || s.state() != Session::State::EnrollmentRequired
            || !s.fetchEnrollment() || !QTest::qWaitFor([&] { return enrollment.has_value(); }, Timeout))
            return {};
        s.activate(mfa::totp(enrollment->key.secret, m_sim.clock.nowSecs()), Password);
        if (!QTest::qWaitFor([&] { return s.state() == Session::State::SignedIn; }, Timeout))
            return {};
        s.signOut();
        m_sim.clock.advance(60); // the code just used is not taken twice
        return m_managerSecret = enrollment->key.secret;
    }

    void challengeAtNextSignIn()
    {
        QVERIFY(!managerSecret().isEmpty());
        startApp(demo(u"manager@acme.demo"_s));
        signIn();
        QDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleDialog(u"passcodeDialog"_s)), Timeout);
        QCOMPARE(dialog->windowModality(), Qt::ApplicationModal);
        QVERIFY(!m_app->mainWindow());
        type(dialog, "passcodeEdit", code(m_managerSecret, -600));
        QTest::keyClick(child<QLineEdit>(dialog, "passcodeEdit"), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, "errorLabel")->text().startsWith(u"The code was not accepted"_s), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->session().busy(), Timeout);
        QVERIFY(child<QLineEdit>(dialog, "passcodeEdit")->text().isEmpty());
        type(dialog, "passcodeEdit", code(m_managerSecret));
        QTest::keyClick(child<QLineEdit>(dialog, "passcodeEdit"), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() && m_app->mainWindow()->isVisible(), Timeout);
        QVERIFY(m_boxes.isEmpty()); // no enrollment message this time

        // Sign out from the main window: back to the sign-in window.
        QTest::mouseClick(child<QPushButton>(m_app->mainWindow(), "signOutButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->signInWindow()->isVisible(), Timeout);
        QCOMPARE(m_app->session().state(), Session::State::SignedOut);
    }

    void closingAsksAndSignsOut()
    {
        startApp(demo(u"reseller@demo"_s));
        signIn();
        QDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleDialog(u"mfaEnrollmentDialog"_s)), Timeout);

        // Esc, then "Stay": nothing changes.
        m_answer = QMessageBox::Cancel;
        QTest::keyClick(dialog, Qt::Key_Escape);
        QCOMPARE(m_boxes.size(), 1);
        QVERIFY(m_boxes.last().contains(u"Sign out now?"_s));
        QVERIFY(dialog->isVisible());
        QCOMPARE(m_app->session().state(), Session::State::EnrollmentRequired);

        // The close button (or Alt+F4), then "Sign out": back to sign-in.
        m_answer = QMessageBox::Yes;
        dialog->close();
        QCOMPARE(m_boxes.size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!visibleDialog(u"mfaEnrollmentDialog"_s), Timeout);
        QVERIFY(m_app->signInWindow()->isVisible());
        QCOMPARE(m_app->session().state(), Session::State::SignedOut);
        QVERIFY(!m_app->mainWindow()); // never shown before MFA is done
    }

    void tooManyAttemptsCountDown()
    {
        startApp(demo(u"reseller@demo"_s));
        signIn();
        QDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleDialog(u"mfaEnrollmentDialog"_s)), Timeout);
        QTest::mouseClick(child<QPushButton>(dialog, "configureButton"), Qt::LeftButton);
        auto *error = child<QLabel>(dialog, "errorLabel");
        auto *activate = child<QPushButton>(dialog, "activateButton");
        for (int i = 0; i < 6; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(!m_app->session().busy() && child<ui::QrCodeWidget>(dialog, "qrCode")->matrix(), Timeout);
            if (!activate->isEnabled() && error->text().startsWith(u"Too many attempts"_s))
                break;
            type(dialog, "passcodeEdit", u"000000"_s);
            type(dialog, "passwordEdit", u"wrong"_s);
            QTest::mouseClick(activate, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), Timeout);
        }
        QTRY_VERIFY_WITH_TIMEOUT(error->text().startsWith(u"Too many attempts. Try again in"_s), Timeout);
        const QString before = error->text();
        type(dialog, "passcodeEdit", u"123456"_s);
        type(dialog, "passwordEdit", Password);
        QVERIFY(!activate->isEnabled()); // until the wait is over
        QTRY_VERIFY_WITH_TIMEOUT(error->text() != before, 3000); // counts down live
        QVERIFY(error->text().startsWith(u"Too many attempts. Try again in"_s));
        QVERIFY(!activate->isEnabled());
        dialog->close(); // hook answers "Sign out"
    }

    // A portal that requires MFA but has no enrollment endpoint: the dialog
    // says where to set it up and offers only signing out, no dead form.
    void enrollmentElsewhereOffersOnlySigningOut()
    {
        const QByteArray token = "{\"token\":\""
            + test::unsignedJwt({{u"sub"_s, u"basic@acme.demo"_s},
                                 {u"user_scope"_s, u"mfa_required"_s},
                                 {u"mfa_enrolled"_s, false},
                                 {u"exp"_s, double(QDateTime::currentSecsSinceEpoch() + 600)}})
            + "\"}";
        const QByteArray notFound = R"({"code":404,"message":"Not found"})";
        test::CannedTlsServer portal(QByteArray{});
        portal.setResponses({"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                 + QByteArray::number(token.size()) + "\r\n\r\n" + token,
                             "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: "
                                 + QByteArray::number(notFound.size()) + "\r\n\r\n" + notFound});
        QVERIFY(portal.listen(QHostAddress::LocalHost));
        const QUrl url(u"https://127.0.0.1:%1"_s.arg(portal.serverPort()));
        startApp(DemoPortal{url, sha256Fingerprint(portal.certificate()), u"basic@acme.demo"_s, Password,
                                QString::fromLatin1(sim::DemoSeed::ClientId), QString::fromLatin1(sim::DemoSeed::ClientSecret)});
        signIn();
        QDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleDialog(u"mfaEnrollmentDialog"_s)), Timeout);
        QTest::mouseClick(child<QPushButton>(dialog, "configureButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->windowTitle(), u"Set up multi-factor authentication in your web portal"_s, Timeout);
        auto *text = child<QLabel>(dialog, "introText");
        QVERIFY2(text->text().contains(url.toString()), qPrintable(text->text()));
        QCOMPARE(text->textFormat(), Qt::PlainText);
        QVERIFY(!child(dialog, "configureButton")->isVisible());
        QVERIFY(!child(dialog, "qrCode")->isVisible()); // no form that cannot work
        QVERIFY(!child(dialog, "activateButton")->isVisible());
        auto *signOut = qobject_cast<QPushButton *>(QApplication::focusWidget());
        QVERIFY(signOut && signOut->objectName() == u"signOutButton"_s && signOut->isDefault());
        QVERIFY(!m_app->mainWindow());
        QTest::keyClick(signOut, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->signInWindow()->isVisible() && !visibleDialog(u"mfaEnrollmentDialog"_s), Timeout);
        QCOMPARE(m_app->session().state(), Session::State::SignedOut);
        QVERIFY(!m_app->mainWindow());
    }

    void untrustedCertificateIsPinnedOnRequest()
    {
        m_settings->clear();
        startApp(std::nullopt);
        ui::SignInWindow *window = m_app->signInWindow();
        QVERIFY(!child(window, "demoBanner"));
        QVERIFY(child<QLineEdit>(window, "passwordEdit")->text().isEmpty()); // never pre-filled outside demo
        type(window, "portalEdit", m_sim.url().toString());
        type(window, "usernameEdit", u"basic@acme.demo"_s);
        type(window, "passwordEdit", Password);
        QTest::mouseClick(child<QToolButton>(window, "advancedButton"), Qt::LeftButton);
        type(window, "clientIdEdit", QString::fromLatin1(sim::DemoSeed::ClientId));
        type(window, "clientSecretEdit", QString::fromLatin1(sim::DemoSeed::ClientSecret));

        QString shownFingerprint;
        m_dialogAnswer = [&](QDialog &d) {
            auto *cert = qobject_cast<ui::CertificateDialog *>(&d);
            if (!cert)
                return int(QDialog::Rejected);
            shownFingerprint = child<QLabel>(cert, "fingerprintLabel")->text();
            return int(QDialog::Accepted); // "Trust this certificate"
        };
        signIn();
        QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() && m_app->mainWindow()->isVisible(), Timeout);
        QCOMPARE(shownFingerprint, formatFingerprint(m_sim.simulator->certificateSha256()));
        PortalSettings settings(*m_settings);
        QCOMPARE(settings.pinnedCertificate(m_sim.url()), m_sim.simulator->certificateSha256());
        // The first portal signed in to became a profile, named after it.
        PortalProfiles profiles(*m_settings);
        const auto profile = profiles.find(profiles.currentId());
        QVERIFY(profile.has_value());
        QCOMPARE(profile->name, m_sim.url().host());
        QCOMPARE(profile->url, m_sim.url().toString());
        QCOMPARE(profile->lastUsername, u"basic@acme.demo"_s);
        QCOMPARE(profile->clientId, QString::fromLatin1(sim::DemoSeed::ClientId));
        // The client secret is never written to the settings file.
        m_settings->sync();
        QFile ini(m_config.filePath(u"settings.ini"_s));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray stored = ini.readAll();
        QVERIFY(!stored.contains(sim::DemoSeed::ClientSecret));
        QVERIFY(!stored.contains(Password.toUtf8()));
    }

    void pinnedPortalWithAnotherCertificateIsRefused()
    {
        // The portal's profile, as the first sign-in to it leaves it
        // (untrustedCertificateIsPinnedOnRequest), when this runs alone.
        PortalProfiles profiles(*m_settings);
        if (const auto current = profiles.find(profiles.currentId()); !current || current->url != m_sim.url().toString()) {
            PortalProfile profile = PortalProfiles::create(m_sim.url().host());
            profile.url = m_sim.url().toString();
            profile.lastUsername = u"basic@acme.demo"_s;
            profile.clientId = QString::fromLatin1(sim::DemoSeed::ClientId);
            profiles.save(profile);
            profiles.setCurrentId(profile.id);
        }
        PortalSettings(*m_settings).setPinnedCertificate(m_sim.url(), QByteArray(32, '\x11'));
        startApp(std::nullopt);
        ui::SignInWindow *window = m_app->signInWindow();
        QCOMPARE(child<QLineEdit>(window, "portalEdit")->text(), m_sim.url().toString()); // remembered
        type(window, "passwordEdit", Password);
        type(window, "clientSecretEdit", QString::fromLatin1(sim::DemoSeed::ClientSecret));
        bool prompted = false;
        m_dialogAnswer = [&](QDialog &) {
            prompted = true;
            return int(QDialog::Accepted);
        };
        signIn();
        QTRY_VERIFY_WITH_TIMEOUT(window->errorText().contains(u"different certificate"_s), Timeout);
        QVERIFY(!prompted); // a warning, not a prompt
        QVERIFY(!m_app->mainWindow());
    }

    void expiredKeyIsReplacedAndSaidSo()
    {
        startApp(demo(u"reseller@demo"_s));
        signIn();
        QDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleDialog(u"mfaEnrollmentDialog"_s)), Timeout);
        QTest::mouseClick(child<QPushButton>(dialog, "configureButton"), Qt::LeftButton);
        auto *qr = child<ui::QrCodeWidget>(dialog, "qrCode");
        QTRY_VERIFY_WITH_TIMEOUT(qr->matrix().has_value() && !m_app->session().busy(), Timeout);
        QTest::mouseClick(child<QToolButton>(dialog, "cantScanButton"), Qt::LeftButton);
        const QString firstKey = child<QLabel>(dialog, "keyLabel")->text();
        const QImage firstQr = qr->renderImage();

        // Copy puts the key, without spaces, on the clipboard marked as secret.
        QTest::mouseClick(child<QPushButton>(dialog, "copyKeyButton"), Qt::LeftButton);
        const QMimeData *copied = QApplication::clipboard()->mimeData();
        QCOMPARE(copied->text(), QString(firstKey).remove(u' '));
        QCOMPARE(copied->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));

        m_sim.clock.advance(130); // the pending enrollment expires
        const auto secret = mfa::base32Decode(mfa::normalizeTypedKey(firstKey));
        type(dialog, "passcodeEdit", code(*secret));
        type(dialog, "passwordEdit", Password);
        QTest::mouseClick(child<QPushButton>(dialog, "activateButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, "errorLabel")->text().startsWith(u"The setup has expired"_s), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, "keyLabel")->text() != firstKey, Timeout);
        QVERIFY(child<QLabel>(dialog, "noticeLabel")->isVisible());
        QVERIFY(child<QLabel>(dialog, "noticeLabel")->text().contains(u"Scan the new code"_s));
        QVERIFY(qr->renderImage() != firstQr); // redrawn
        dialog->close();
    }

    void cancelStopsSigningIn()
    {
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        DemoPortal portal = demo(u"basic@acme.demo"_s);
        portal.url = QUrl(u"https://127.0.0.1:%1"_s.arg(silent.serverPort()));
        startApp(portal);
        ui::SignInWindow *window = m_app->signInWindow();
        auto *button = child<QPushButton>(window, "signInButton");
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->session().busy(), Timeout);
        QVERIFY(!button->isEnabled()); // cannot be submitted twice
        auto *cancel = child<QPushButton>(window, "cancelButton");
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), Timeout);
        QCOMPARE(m_app->session().state(), Session::State::SignedOut);
        QVERIFY(!cancel->isVisible());
    }

    void translationsLoad_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("wrongPassword");
        QTest::addColumn<QString>("limited");
        QTest::newRow("French (Canada)") << u"fr_CA"_s << u"Connexion — PBX Admin"_s << u"Le mot de passe est incorrect."_s
                                         << u"Trop de tentatives. Réessayez dans 42 secondes."_s;
        QTest::newRow("Spanish") << u"es"_s << u"Iniciar sesión — PBX Admin"_s << u"La contraseña no es correcta."_s
                                 << u"Demasiados intentos. Vuelva a intentarlo dentro de 42 segundos."_s;
    }
    void translationsLoad()
    {
        QFETCH(QString, locale);
        QFETCH(QString, title);
        QFETCH(QString, wrongPassword);
        QFETCH(QString, limited);
        QTranslator translator;
        QVERIFY(translator.load(QLocale(locale), u"pbx-admin"_s, u"_"_s, u":/i18n"_s));
        QVERIFY(QApplication::installTranslator(&translator));
        ui::SignInWindow window(false);
        QCOMPARE(window.windowTitle(), title);
        QCOMPARE(PortalError::make(ErrorKind::WrongPassword).message(), wrongPassword);
        PortalError tooMany = PortalError::make(ErrorKind::RateLimited);
        tooMany.retryAfterSeconds = 42;
        QCOMPARE(tooMany.message(), limited);
        tooMany.retryAfterSeconds = 1;
        QVERIFY(tooMany.message() != limited); // the singular form
        QApplication::removeTranslator(&translator);
        QCOMPARE(PortalError::make(ErrorKind::WrongPassword).message(), u"The password is incorrect."_s);
    }

    void aboutShowsVersionsAndCopiesDiagnostics()
    {
        startApp(demo(u"basic@acme.demo"_s));
        QString components, copied;
        m_dialogAnswer = [&](QDialog &d) {
            if (d.objectName() != u"aboutDialog"_s)
                return int(QDialog::Rejected);
            components = child<QLabel>(&d, "componentsLabel")->text();
            QTest::mouseClick(child<QPushButton>(&d, "copyDiagnosticsButton"), Qt::LeftButton);
            copied = QApplication::clipboard()->text();
            return int(QDialog::Rejected);
        };
        QTest::mouseClick(child<QPushButton>(m_app->signInWindow(), "aboutButton"), Qt::LeftButton);
        QVERIFY(components.contains(u"Qt "_s + QString::fromLatin1(qVersion())));
        QVERIFY(components.contains(u"GPL-3.0-or-later"_s));
        QVERIFY(components.contains(u"libqrencode"_s));
        QVERIFY(components.contains(u"Apache-2.0"_s)); // OpenSSL
        QVERIFY(copied.contains(u"Portal host: 127.0.0.1"_s));
        QVERIFY(!copied.contains(Password));
        QVERIFY(!copied.contains(QString::fromLatin1(sim::DemoSeed::ClientSecret)));
    }

    // Several portals: each profile keeps its address, client ID, last
    // username, CA file and proxy; switching fills the form, never a
    // password; bad proxy or CA entries are refused before anything is sent.
    void profiles()
    {
        m_settings->clear();
        startApp(std::nullopt);
        ui::SignInWindow *window = m_app->signInWindow();
        auto *combo = child<QComboBox>(window, "profileCombo");
        QVERIFY(combo);
        QCOMPARE(combo->count(), 0);

        const auto newProfile = [&](const QString &name) {
            m_dialogAnswer = [name](QDialog &d) {
                auto *input = qobject_cast<QInputDialog *>(&d);
                if (!input)
                    return int(QDialog::Rejected);
                input->setTextValue(name);
                return int(QDialog::Accepted);
            };
            QTest::mouseClick(child<QPushButton>(window, "newProfileButton"), Qt::LeftButton);
        };
        newProfile(u"Acme PBX"_s);
        QCOMPARE(combo->count(), 1);
        QCOMPARE(combo->currentText(), u"Acme PBX"_s);
        type(window, "portalEdit", m_sim.url().toString());
        type(window, "usernameEdit", u"basic@acme.demo"_s);
        type(window, "passwordEdit", u"not-the-password"_s);
        QTest::mouseClick(child<QToolButton>(window, "advancedButton"), Qt::LeftButton);
        type(window, "clientIdEdit", u"acme-client"_s);
        type(window, "clientSecretEdit", u"acme-secret"_s);

        // A manual proxy needs host:port; refused inline, nothing sent.
        auto *proxy = child<QComboBox>(window, "proxyCombo");
        proxy->setCurrentIndex(proxy->findData(int(ProxySettings::Mode::Socks5)));
        QVERIFY(child<QLineEdit>(window, "proxyEdit")->isEnabled());
        type(window, "proxyEdit", u"proxy.example.com"_s);
        const qint64 served = m_sim.simulator->requestsServed();
        signIn();
        QVERIFY(window->errorText().contains(u"host:port"_s));
        // A CA file that is not one: refused inline too.
        proxy->setCurrentIndex(proxy->findData(int(ProxySettings::Mode::None)));
        type(window, "caFileEdit", m_config.filePath(u"missing.pem"_s));
        signIn();
        QVERIFY2(!window->errorText().isEmpty(), "a missing CA file is refused");
        QCOMPARE(m_sim.simulator->requestsServed(), served);
        child<QLineEdit>(window, "caFileEdit")->clear();

        // A real attempt (wrong password) remembers the profile as typed.
        m_dialogAnswer = [](QDialog &) { return int(QDialog::Accepted); }; // trust the simulator's certificate
        signIn();
        QTRY_VERIFY_WITH_TIMEOUT(window->errorText().startsWith(u"The username or password is incorrect."_s), Timeout);
        PortalProfiles profiles(*m_settings);
        auto acme = profiles.find(profiles.currentId());
        QVERIFY(acme.has_value());
        QCOMPARE(acme->url, m_sim.url().toString());
        QCOMPARE(acme->clientId, u"acme-client"_s);
        QCOMPARE(acme->proxy.mode, ProxySettings::Mode::None);

        // A second portal, then back: the form follows, without a password.
        newProfile(u"Globex PBX"_s);
        QCOMPARE(combo->count(), 2);
        QVERIFY(child<QLineEdit>(window, "portalEdit")->text().isEmpty());
        QVERIFY(child<QLineEdit>(window, "passwordEdit")->text().isEmpty());
        type(window, "portalEdit", u"https://pbx.globex.example"_s);
        const int acmeIndex = combo->findText(u"Acme PBX"_s);
        combo->setCurrentIndex(acmeIndex);
        emit combo->activated(acmeIndex);
        QCOMPARE(child<QLineEdit>(window, "portalEdit")->text(), m_sim.url().toString());
        QCOMPARE(child<QLineEdit>(window, "usernameEdit")->text(), u"basic@acme.demo"_s);
        QCOMPARE(child<QLineEdit>(window, "clientIdEdit")->text(), u"acme-client"_s);
        QVERIFY(child<QLineEdit>(window, "passwordEdit")->text().isEmpty());

        // Delete asks first.
        m_answer = QMessageBox::Cancel;
        QTest::mouseClick(child<QPushButton>(window, "deleteProfileButton"), Qt::LeftButton);
        QCOMPARE(combo->count(), 2);
        m_answer = QMessageBox::Yes;
        QTest::mouseClick(child<QPushButton>(window, "deleteProfileButton"), Qt::LeftButton);
        QCOMPARE(combo->count(), 1);
        QCOMPARE(combo->currentText(), u"Globex PBX"_s);
        QVERIFY(!PortalProfiles(*m_settings).find(acme->id));
        m_settings->sync();
        QFile ini(m_config.filePath(u"settings.ini"_s));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray stored = ini.readAll();
        QVERIFY(!stored.contains("acme-secret"));
        QVERIFY(!stored.contains("not-the-password"));
    }

    void badPasswordIsInline()
    {
        startApp(demo(u"basic@acme.demo"_s));
        ui::SignInWindow *window = m_app->signInWindow();
        auto *password = child<QLineEdit>(window, "passwordEdit");
        password->clear();
        QTest::keyClicks(password, u"wrong"_s);
        QTest::keyClick(password, Qt::Key_Return); // Enter signs in
        QTRY_VERIFY_WITH_TIMEOUT(window->errorText().startsWith(u"The username or password is incorrect."_s), Timeout);
        QCOMPARE(password->text(), u"wrong"_s); // nothing typed is lost
        QVERIFY(child<QPushButton>(window, "signInButton")->isEnabled());
    }
};

QTEST_MAIN(TestGuiFlow)
#include "tst_gui_flow.moc"
