// SPDX-License-Identifier: GPL-3.0-or-later
// The Guest window against a private simulator whose guests are sandboxes on this machine:
// signing in (a refused password, the keychain), browsing, changing and transferring files
// (a synthetic drop, byte-identical both ways, directly and through the transfer queue),
// processes and commands, the environment, a VM without Tools; renders the Files tab's screenshot.
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include "export/exportqueue.h"
#include "guestcommanddialog.h"
#include "guestenvironmentmodel.h"
#include "guestenvironmentpanel.h"
#include "guestfilebrowser.h"
#include "guestfilemodel.h"
#include "guestlogindialog.h"
#include "guestops/guestfiletransfer.h"
#include "guestops/guesttransferjob.h"
#include "guestprocessmodel.h"
#include "guestprocesspanel.h"
#include "guestwindow.h"
#include "inventorymodel.h"
#include "inventorypage.h"
#include "secrets/memorysecretstore.h"
#include "support/simulatorenvironment.h"
#include "support/simulatorinstance.h"
#include "support/testmain.h"
#include "support/whenmodal.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
const QString vm0 = u"DC0_C0_RP0_VM0"_s;
const QString vm1 = u"DC0_C0_RP0_VM1"_s;
const QString toolsOff = u"DC0_C0_RP0_VM3"_s;
const QString guestUser = u"vmdesk-test"_s;
const QString guestPassword = u"guest-test-password"_s;
const char* passwordVariable = "VMDESK_GUEST_TEST_PASSWORD";

QAbstractButton* buttonWithRole(QMessageBox* box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton* button : box->buttons()) {
        if (box->buttonRole(button) == role) {
            return button;
        }
    }
    return nullptr;
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& byte : bytes) {
        byte = char(QRandomGenerator::global()->bounded(256));
    }
    return bytes;
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What the store keeps under `key`, once its answer is in.
std::optional<QString> storedPassword(SecretStore& store, const QString& key)
{
    QFuture<QString> future = store.readPassword(key);
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 5000)) {
        return std::nullopt;
    }
    try {
        future.waitForFinished();
    } catch (const SecretError&) {
        return std::nullopt;
    }
    return future.resultCount() > 0 ? std::optional(future.result()) : std::nullopt;
}

bool store(SecretStore& secrets, const QString& key, const QString& password)
{
    QFuture<void> future = secrets.writePassword(key, password);
    return QTest::qWaitFor([&] { return future.isFinished(); }, 5000) && !future.isCanceled();
}

void submit(GuestLoginDialog* dialog, const QString& password, bool remember = false)
{
    dialog->userEdit()->setText(guestUser);
    dialog->passwordEdit()->setText(password);
    dialog->rememberBox()->setChecked(remember);
    dialog->submit();
}
} // namespace

class TestGuestWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        QVERIFY(m_guestRoot.isValid());
        qputenv(passwordVariable, guestPassword.toUtf8());
        m_simulator = std::make_unique<SimulatorInstance>(
            QStringList { u"--vms"_s, u"4"_s, u"--guest-root"_s, m_guestRoot.path(), u"--guest-tools-off"_s, toolsOff,
                u"--user"_s, guestUser, u"--password-env"_s, QString::fromLatin1(passwordVariable) });
        QVERIFY2(m_simulator->isReady(), qPrintable(m_simulator->log()));
        QFuture<void> login = m_session.login({ m_simulator->sdkUrl(), guestUser, {} }, guestPassword);
        QVERIFY(QTest::qWaitFor([&] { return login.isFinished(); }, 20000));
        QCOMPARE(m_session.state(), VCenterConnection::State::Connected);
        QFuture<VmSummaryList> vms = m_session.virtualMachines();
        QVERIFY(QTest::qWaitFor([&] { return vms.isFinished(); }, 20000));
        for (const VmSummary& vm : vms.result()) {
            m_vms.insert(vm.name, vm.ref);
        }
        QVERIFY(m_vms.contains(vm0) && m_vms.contains(toolsOff));
    }

    void commandLinesSplitAsAShellSplitsThem()
    {
        QCOMPARE(GuestCommandDialog::splitCommandLine(u"/bin/sh -c 'echo out; echo err >&2; exit 3'"_s),
            (QStringList { u"/bin/sh"_s, u"-c"_s, u"echo out; echo err >&2; exit 3"_s }));
        QCOMPARE(GuestCommandDialog::splitCommandLine(u"  grep \"a \\\"b\" it\\'s ''  "_s),
            (QStringList { u"grep"_s, u"a \"b"_s, u"it's"_s, QString() }));
        QCOMPARE(GuestCommandDialog::splitCommandLine(u"   "_s), QStringList());
    }

    void theInventoryOffersGuestActionsForOnePoweredOnVm()
    {
        InventoryModel model(&m_session);
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.rowCount() == 4, 20000);
        InventoryPage page(&model, &m_session);
        QAction* browse = nullptr;
        QAction* run = nullptr;
        for (QAction* action : page.vmActions()) {
            if (action->text() == u"Browse Guest &Files…"_s) {
                browse = action;
            } else if (action->text() == u"R&un in Guest…"_s) {
                run = action;
            }
        }
        QVERIFY(browse && run);
        QVERIFY(!browse->isEnabled());
        QCOMPARE(browse->statusTip(), u"Choose one VM to work in its guest."_s);
        page.table()->selectAll();
        QVERIFY(!run->isEnabled());
        page.table()->clearSelection();
        page.table()->selectRow(0);
        QVERIFY(browse->isEnabled() && run->isEnabled());
        const QString selected = page.selectedVmNames().value(0);
        QSignalSpy files(&page, &InventoryPage::guestFilesRequested);
        QSignalSpy command(&page, &InventoryPage::guestCommandRequested);
        browse->trigger();
        run->trigger();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().first().value<VmSummary>().name, selected);
        QCOMPARE(command.first().first().value<VmSummary>().ref, m_vms.value(selected));
    }

    void aRefusedPasswordIsAskedAgainAndAnAcceptedOneRemembered()
    {
        // A file put into /root through the service, before the window looks.
        GuestOperations operations(&m_session);
        QTemporaryDir local;
        const QByteArray hello = "hello from the host\n";
        QVERIFY(writeBytes(local.filePath(u"hello.txt"_s), hello));
        GuestFileTransfer put(&operations, m_vms.value(vm0), { guestUser, guestPassword },
            GuestFileTransfer::Direction::Upload, local.filePath(u"hello.txt"_s), u"/root/hello.txt"_s, true);
        QSignalSpy uploaded(&put, &GuestFileTransfer::finished);
        put.start();
        QVERIFY(uploaded.wait(20000));

        MemorySecretStore secrets;
        GuestWindow window(&m_session, m_vms.value(vm0), vm0, &secrets, nullptr);
        QCOMPARE(window.windowTitle(), u"Guest — "_s + vm0);
        window.show();
        window.signIn();
        QTRY_VERIFY(window.loginDialog() && window.loginDialog()->isVisible());
        QVERIFY(!window.tabs()->isEnabled());
        submit(window.loginDialog(), u"wrong"_s, true);
        QTRY_COMPARE_WITH_TIMEOUT(
            window.loginDialog()->message(), u"The guest refused the user name or password."_s, 20000);
        QVERIFY(!window.isSignedIn());
        const QString key = GuestWindow::secretKey(m_simulator->sdkUrl().host(), m_vms.value(vm0), guestUser);
        QCOMPARE(key, u"guest:"_s + m_simulator->sdkUrl().host() + u':' + m_vms.value(vm0).value + u':' + guestUser);
        QCOMPARE(storedPassword(secrets, key), std::nullopt);

        QSignalSpy signedIn(&window, &GuestWindow::signedIn);
        submit(window.loginDialog(), guestPassword, true);
        QVERIFY(signedIn.wait(20000));
        QTRY_VERIFY(!window.loginDialog());
        QVERIFY(window.tabs()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(window.files()->currentPath(), u"/root"_s, 20000);
        QVERIFY(window.files()->model()->rowOf(u"hello.txt"_s) >= 0);
        QCOMPARE(window.files()->pathEdit()->text(), u"/root"_s);
        QTRY_COMPARE(storedPassword(secrets, key), std::optional(guestPassword));

        // The next window of this VM signs in with the keychain's password, asking nothing.
        GuestWindow again(&m_session, m_vms.value(vm0), vm0, &secrets, nullptr);
        QSignalSpy againSignedIn(&again, &GuestWindow::signedIn);
        again.signIn();
        QVERIFY(againSignedIn.wait(20000));
        QVERIFY(!again.loginDialog());

        // A kept password the guest refuses is asked for again, and is not kept any more.
        QVERIFY(store(secrets, key, u"changed-since"_s));
        GuestWindow stale(&m_session, m_vms.value(vm0), vm0, &secrets, nullptr);
        stale.show();
        stale.signIn();
        QTRY_VERIFY_WITH_TIMEOUT(stale.loginDialog() && stale.loginDialog()->isVisible(), 20000);
        QVERIFY2(stale.loginDialog()->message().contains(u"keychain"_s), qPrintable(stale.loginDialog()->message()));
        QCOMPARE(stale.loginDialog()->userEdit()->text(), guestUser);
        QTRY_COMPARE(storedPassword(secrets, key), std::nullopt);
    }

    void cancellingWhileTheGuestChecksSignsNothingIn()
    {
        MemorySecretStore secrets;
        GuestWindow window(&m_session, m_vms.value(vm1), vm1, &secrets, nullptr);
        window.show();
        QSignalSpy signedIn(&window, &GuestWindow::signedIn);
        window.signIn();
        QTRY_VERIFY(window.loginDialog() && window.loginDialog()->isVisible());
        submit(window.loginDialog(), guestPassword, true);
        // Before the event loop runs the guest's answer, which would otherwise come at once.
        window.loginDialog()->reject();
        QTest::qWait(500);
        QVERIFY(!window.isSignedIn());
        QCOMPARE(signedIn.size(), 0);
        QVERIFY(!window.tabs()->isEnabled());
        QCOMPARE(window.banner()->text(), u"Not signed in to the guest."_s);
        const QString key = GuestWindow::secretKey(m_simulator->sdkUrl().host(), m_vms.value(vm1), guestUser);
        QCOMPARE(storedPassword(secrets, key), std::nullopt);

        // Signed in again, without remembering: the cancelled check's answer was dropped, not late.
        window.signIn();
        QTRY_VERIFY(window.loginDialog() && window.loginDialog()->isVisible());
        submit(window.loginDialog(), guestPassword, false);
        QVERIFY(signedIn.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(window.files()->currentPath(), u"/root"_s, 20000);
        QCOMPARE(signedIn.size(), 1);
        QCOMPARE(storedPassword(secrets, key), std::nullopt);
    }

    void navigateCreateRenameAndDelete()
    {
        auto window = signedIn(vm0);
        QVERIFY(window);
        GuestFileBrowser* files = window->files();
        QAbstractItemModelTester tester(files->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString sandboxRoot = sandbox(vm0) + u"/root"_s;

        files->createFolder(u"work"_s);
        QTRY_VERIFY_WITH_TIMEOUT(files->model()->rowOf(u"work"_s) >= 0, 20000);
        QVERIFY(QFileInfo(sandboxRoot + u"/work"_s).isDir());
        QVERIFY2(files->statusLabel()->text().startsWith(u"Created the folder work."_s),
            qPrintable(files->statusLabel()->text()));

        files->pathEdit()->setText(u"/root/work"_s);
        QTest::keyClick(files->pathEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(files->currentPath(), u"/root/work"_s, 20000);
        QCOMPARE(files->model()->rowCount(), 0);
        QVERIFY(files->emptyLabel()->isVisible());
        QVERIFY(files->emptyLabel()->text().contains(u"/root/work is empty"_s));
        files->goUp();
        QTRY_COMPARE_WITH_TIMEOUT(files->currentPath(), u"/root"_s, 20000);
        QVERIFY(files->table()->isVisible());

        files->openPath(u"/no/such/folder"_s);
        QTRY_VERIFY_WITH_TIMEOUT(files->statusLabel()->text().contains(u"does not exist"_s), 20000);
        QCOMPARE(files->currentPath(), u"/root"_s);
        QCOMPARE(files->pathEdit()->text(), u"/root"_s);
        QVERIFY(!files->statusLabel()->toolTip().isEmpty()); // the raw fault

        files->rename(u"work"_s, u"jobs"_s);
        QTRY_VERIFY_WITH_TIMEOUT(files->model()->rowOf(u"jobs"_s) >= 0, 20000);
        QCOMPARE(files->model()->rowOf(u"work"_s), -1);
        QVERIFY(writeBytes(sandboxRoot + u"/jobs/inside.txt"_s, "x"));
        QVERIFY(writeBytes(sandboxRoot + u"/notes.txt"_s, "n"));
        files->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(files->model()->rowOf(u"notes.txt"_s) >= 0, 20000);
        files->rename(u"notes.txt"_s, u"notes-old.txt"_s);
        QTRY_VERIFY_WITH_TIMEOUT(files->model()->rowOf(u"notes-old.txt"_s) >= 0, 20000);

        // Cancelled: nothing goes.
        whenModal<QMessageBox>(this, [](QMessageBox* box) { box->button(QMessageBox::Cancel)->click(); });
        files->deleteEntries({ u"jobs"_s, u"notes-old.txt"_s });
        QVERIFY(QFileInfo(sandboxRoot + u"/jobs/inside.txt"_s).exists());

        QString question;
        whenModal<QMessageBox>(this, [&question](QMessageBox* box) {
            question = box->text();
            buttonWithRole(box, QMessageBox::DestructiveRole)->click();
        });
        files->deleteEntries({ u"jobs"_s, u"notes-old.txt"_s });
        QVERIFY2(question.contains(u"jobs"_s) && question.contains(u"notes-old.txt"_s), qPrintable(question));
        QVERIFY2(question.contains(u"with everything in them"_s), qPrintable(question));
        QTRY_VERIFY_WITH_TIMEOUT(
            files->model()->rowOf(u"jobs"_s) < 0 && files->model()->rowOf(u"notes-old.txt"_s) < 0, 20000);
        QVERIFY(!QFileInfo::exists(sandboxRoot + u"/jobs"_s));
        QVERIFY(!QFileInfo::exists(sandboxRoot + u"/notes-old.txt"_s));
    }

    void aDroppedFileIsUploadedAndDownloadsByteIdentical()
    {
        auto window = signedIn(vm1);
        QVERIFY(window);
        GuestFileBrowser* files = window->files();
        QTemporaryDir local;
        const QByteArray content = randomBytes(300 * 1024 + 17);
        const QString source = local.filePath(u"payload.bin"_s);
        QVERIFY(writeBytes(source, content));

        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(source) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(files, &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy done(files, &GuestFileBrowser::transfersFinished);
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(files, &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(done.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(files->model()->rowOf(u"payload.bin"_s) >= 0, 20000);
        QCOMPARE(readBytes(sandbox(vm1) + u"/root/payload.bin"_s), content);
        QCOMPARE(files->model()->entryAt(files->model()->rowOf(u"payload.bin"_s)).size, content.size());

        QTemporaryDir target;
        files->download({ u"payload.bin"_s }, target.path());
        QVERIFY(done.wait(20000));
        QCOMPARE(readBytes(target.filePath(u"payload.bin"_s)), content);
        QVERIFY2(files->statusLabel()->text().contains(u"Downloaded payload.bin"_s),
            qPrintable(files->statusLabel()->text()));
        QVERIFY(!files->progressBar()->isVisible());
    }

    void aDownloadAsksBeforeReplacingLocalFiles()
    {
        auto window = signedIn(vm1);
        QVERIFY(window);
        GuestFileBrowser* files = window->files();
        QVERIFY(writeBytes(sandbox(vm1) + u"/root/kept.txt"_s, "from the guest\n"));
        QVERIFY(writeBytes(sandbox(vm1) + u"/root/new.txt"_s, "new from the guest\n"));
        files->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(
            files->model()->rowOf(u"kept.txt"_s) >= 0 && files->model()->rowOf(u"new.txt"_s) >= 0, 20000);
        QTemporaryDir target;
        QVERIFY(writeBytes(target.filePath(u"kept.txt"_s), "the admin's own\n"));
        const QStringList both { u"kept.txt"_s, u"new.txt"_s };

        // Cancelled: nothing is downloaded.
        QString question;
        whenModal<QMessageBox>(this, [&question](QMessageBox* box) {
            question = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        files->download(both, target.path());
        QVERIFY2(question.contains(u"kept.txt"_s) && !question.contains(u"new.txt"_s), qPrintable(question));
        QVERIFY(!files->isBusy());
        QVERIFY(!QFileInfo::exists(target.filePath(u"new.txt"_s)));

        // Skipped: only the file not there yet comes.
        QSignalSpy done(files, &GuestFileBrowser::transfersFinished);
        whenModal<QMessageBox>(this, [](QMessageBox* box) { buttonWithRole(box, QMessageBox::ActionRole)->click(); });
        files->download(both, target.path());
        QVERIFY(done.wait(20000));
        QCOMPARE(readBytes(target.filePath(u"new.txt"_s)), "new from the guest\n");
        QCOMPARE(readBytes(target.filePath(u"kept.txt"_s)), "the admin's own\n");

        // Replaced, as agreed.
        whenModal<QMessageBox>(
            this, [](QMessageBox* box) { buttonWithRole(box, QMessageBox::DestructiveRole)->click(); });
        files->download({ u"kept.txt"_s }, target.path());
        QVERIFY(done.wait(20000));
        QCOMPARE(readBytes(target.filePath(u"kept.txt"_s)), "from the guest\n");
    }

    void withAQueueTransfersRunOnTheTransfersPage()
    {
        QTemporaryDir local;
        ExportQueue queue(&m_session, local.filePath(u"queue.json"_s));
        queue.setGuestJobFactory(GuestTransferJob::factory(&m_session));
        auto window = signedIn(vm1, &queue);
        QVERIFY(window);
        GuestFileBrowser* files = window->files();
        const QByteArray content = randomBytes(64 * 1024);
        QVERIFY(writeBytes(local.filePath(u"queued.bin"_s), content));
        files->upload({ local.filePath(u"queued.bin"_s) });
        QCOMPARE(queue.ids().size(), 1);
        const ExportJobRecord* job = queue.job(queue.ids().first());
        QCOMPARE(job->kind, ExportJobRecord::Kind::GuestTransfer);
        QCOMPARE(job->guest.guestPath, u"/root/queued.bin"_s);
        QVERIFY(files->statusLabel()->text().contains(u"Transfers page"_s));
        // The folder is listed again when the queue has put the file there.
        QTRY_VERIFY_WITH_TIMEOUT(files->model()->rowOf(u"queued.bin"_s) >= 0, 20000);
        QCOMPARE(readBytes(sandbox(vm1) + u"/root/queued.bin"_s), content);

        // Downloaded back beside its source: only the file the admin agreed to replace is overwritten.
        QVERIFY(writeBytes(sandbox(vm1) + u"/root/other.bin"_s, "other"));
        files->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(files->model()->rowOf(u"other.bin"_s) >= 0, 20000);
        whenModal<QMessageBox>(
            this, [](QMessageBox* box) { buttonWithRole(box, QMessageBox::DestructiveRole)->click(); });
        files->download({ u"queued.bin"_s, u"other.bin"_s }, local.path());
        QCOMPARE(queue.ids().size(), 3);
        QCOMPARE(queue.job(queue.ids().at(1))->guest.localPath, local.filePath(u"queued.bin"_s));
        QVERIFY(queue.job(queue.ids().at(1))->guest.overwrite);
        QCOMPARE(queue.job(queue.ids().at(2))->guest.localPath, local.filePath(u"other.bin"_s));
        QVERIFY(!queue.job(queue.ids().at(2))->guest.overwrite);
        QTRY_VERIFY_WITH_TIMEOUT(
            !queue.job(queue.ids().at(1))->isActive() && !queue.job(queue.ids().at(2))->isActive(), 20000);
        QCOMPARE(readBytes(local.filePath(u"other.bin"_s)), "other");
    }

    void aCommandsOutputErrorsAndExitCodeAreShown()
    {
        auto window = signedIn(vm0);
        QVERIFY(window);
        window->openRunCommand();
        QCOMPARE(window->tabs()->currentWidget(), window->processes());
        GuestCommandDialog* dialog = window->processes()->commandDialog();
        QVERIFY(dialog && dialog->isVisible());
        dialog->commandEdit()->setText(u"/bin/sh -c 'echo out; echo err >&2; exit 3'"_s);
        QSignalSpy finished(dialog, &GuestCommandDialog::finished);
        dialog->run();
        QVERIFY(finished.wait(30000));
        QCOMPARE(dialog->errorsView()->toPlainText(), u"err\n"_s);
        QCOMPARE(dialog->outputView()->toPlainText(), u"out\n"_s);
        QCOMPARE(finished.first().first().toInt(), 3);
        QVERIFY2(dialog->exitLabel()->text().startsWith(u"Exit code 3"_s), qPrintable(dialog->exitLabel()->text()));
    }

    void aStartedProgramIsKilledAfterConfirmation()
    {
        auto window = signedIn(vm0);
        QVERIFY(window);
        GuestProcessPanel* panel = window->processes();
        QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy started(panel, &GuestProcessPanel::programStarted);
        panel->startProgram({ u"/bin/sleep"_s, u"30"_s, {}, {} });
        QVERIFY(started.wait(20000));
        const qint64 pid = started.first().first().toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->rowOfPid(pid) >= 0, 20000);
        const auto running = [panel, pid] {
            const int row = panel->model()->rowOfPid(pid);
            return row >= 0 && !panel->model()->processes().at(row).hasEnded();
        };
        QVERIFY(running());

        QString question;
        whenModal<QMessageBox>(this, [&question](QMessageBox* box) {
            question = box->text();
            buttonWithRole(box, QMessageBox::DestructiveRole)->click();
        });
        panel->kill(pid);
        QVERIFY2(question.contains(QString::number(pid)) && question.contains(u"sleep"_s), qPrintable(question));
        QTRY_VERIFY_WITH_TIMEOUT(!running(), 20000);
        QVERIFY(panel->statusLabel()->text().contains(u"was killed"_s));
    }

    void theEnvironmentIsTheGuests()
    {
        auto window = signedIn(vm1);
        QVERIFY(window);
        GuestEnvironmentPanel* environment = window->environment();
        QTRY_COMPARE_WITH_TIMEOUT(environment->model()->value(u"HOSTNAME"_s), std::optional(vm1), 20000);
        environment->filter()->setText(u"hostname"_s);
        QCOMPARE(environment->table()->model()->rowCount(), 1);
        QCOMPARE(environment->copyText(), u"HOSTNAME="_s + vm1);
        QCOMPARE(environment->statusLabel()->text().section(u' ', 0, 0), u"1"_s);
    }

    void aVmWithoutToolsSaysSo()
    {
        GuestWindow window(&m_session, m_vms.value(toolsOff), toolsOff, nullptr, nullptr);
        window.show();
        window.signIn();
        QTRY_VERIFY(window.loginDialog());
        QVERIFY(!window.loginDialog()->rememberBox()->isEnabled()); // no keychain given
        submit(window.loginDialog(), guestPassword);
        QTRY_VERIFY_WITH_TIMEOUT(window.banner()->text().contains(u"VMware Tools running"_s), 20000);
        QTRY_VERIFY(!window.loginDialog());
        QVERIFY(window.banner()->isVisible());
        QVERIFY(!window.isSignedIn());
        QVERIFY(!window.tabs()->isEnabled());
    }

    void screenshotOfTheFilesTab()
    {
        QTranslator english; // as the application has it: "6 items", not "6 item(s)"
        QVERIFY(english.load(u"vmdesk_en"_s, QStringLiteral(VMDESK_QM_DIR)));
        QCoreApplication::installTranslator(&english);
        const QString root = sandbox(vm0) + u"/root"_s;
        for (const QString& folder : { u"backups"_s, u"deploy"_s, u".ssh"_s }) {
            QVERIFY(QDir().mkpath(root + u'/' + folder));
        }
        QVERIFY(writeBytes(root + u"/app.conf"_s, QByteArray(1834, 'c')));
        QVERIFY(writeBytes(root + u"/install.log"_s, QByteArray(48213, 'l')));
        QVERIFY(writeBytes(root + u"/db-dump.sql.gz"_s, QByteArray(2'400'000, 'd')));
        auto window = signedIn(vm0);
        QVERIFY(window);
        window->resize(1000, 620);
        QTRY_VERIFY_WITH_TIMEOUT(window->files()->model()->rowOf(u"db-dump.sql.gz"_s) >= 0, 20000);
        const QString count = QString::number(window->files()->model()->rowCount());
        QVERIFY2(window->files()->statusLabel()->text().startsWith(count + u" item"_s),
            qPrintable(window->files()->statusLabel()->text()));
        QTest::qWait(50);
        const QDir screenshots(QStringLiteral(VMDESK_SCREENSHOT_DIR));
        QVERIFY(QDir().mkpath(screenshots.path()));
        QVERIFY(window->grab().save(screenshots.filePath(u"guest-files.png"_s)));
        QCoreApplication::removeTranslator(&english);
    }

private:
    QString sandbox(const QString& vmName) const { return m_guestRoot.filePath(m_vms.value(vmName).value); }

    // A shown window signed in to `vmName` (asked, not remembered), its home listed.
    std::unique_ptr<GuestWindow> signedIn(const QString& vmName, ExportQueue* queue = nullptr)
    {
        auto window = std::make_unique<GuestWindow>(&m_session, m_vms.value(vmName), vmName, nullptr, queue);
        window->show();
        window->signIn();
        if (!QTest::qWaitFor([&] { return window->loginDialog() != nullptr; }, 5000)) {
            return {};
        }
        submit(window->loginDialog(), guestPassword);
        if (!QTest::qWaitFor([&] { return window->files()->currentPath() == u"/root"_s; }, 20000)) {
            return {};
        }
        return window;
    }

    QTemporaryDir m_guestRoot;
    std::unique_ptr<SimulatorInstance> m_simulator;
    VSphereSession m_session;
    QHash<QString, ManagedObjectRef> m_vms;
};

VMDESK_TEST_MAIN(TestGuestWindow)
#include "tst_guestwindow.moc"
