// A copied secret is marked for clipboard managers and cleared: after 30
// seconds, when its dialog goes, and at quit; never what the user copied
// since.
#include "widgets/secret_clipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestSecretClipboard : public QObject
{
    Q_OBJECT
private slots:
    void init() { QApplication::clipboard()->clear(); }

    void clearedWhenItsOwnerGoes()
    {
        auto owner = std::make_unique<QObject>();
        auto *copier = new pbx::ui::SecretClipboard(owner.get());
        copier->copy(u"JBSWY3DPEHPK3PXP"_s);
        const QMimeData *data = QApplication::clipboard()->mimeData();
        QCOMPARE(data->text(), u"JBSWY3DPEHPK3PXP"_s);
        QCOMPARE(data->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
        owner.reset(); // the dialog closed long before the 30 seconds
        QVERIFY(QApplication::clipboard()->text().isEmpty());
    }

    void whatTheUserCopiedSinceStays()
    {
        auto copier = std::make_unique<pbx::ui::SecretClipboard>();
        copier->copy(u"JBSWY3DPEHPK3PXP"_s);
        QApplication::clipboard()->setText(u"a note of the user's"_s);
        copier.reset();
        QCOMPARE(QApplication::clipboard()->text(), u"a note of the user's"_s);
    }

    void clearedAtQuit()
    {
        pbx::ui::SecretClipboard copier;
        copier.copy(u"JBSWY3DPEHPK3PXP"_s);
        // What QCoreApplication::exit() emits on its way out.
        QMetaObject::invokeMethod(qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
        qApp->exec();
        QVERIFY(QApplication::clipboard()->text().isEmpty());
    }
};

QTEST_MAIN(TestSecretClipboard)
#include "tst_secret_clipboard.moc"
