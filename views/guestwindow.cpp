// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestwindow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

#include "core/whendone.h"
#include "guestenvironmentmodel.h"
#include "guestenvironmentpanel.h"
#include "guestfilebrowser.h"
#include "guestlogindialog.h"
#include "guestprocesspanel.h"
#include "secrets/secretstore.h"
#include "vsphere/vimerror.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

GuestWindow::GuestWindow(VSphereSession* session, const ManagedObjectRef& vm, const QString& vmName,
    SecretStore* secrets, ExportQueue* exports, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_operations(new GuestOperations(session, this))
    , m_vm(vm)
    , m_vmName(vmName)
    , m_secrets(secrets)
    , m_bannerFrame(new QWidget(this))
    , m_banner(new QLabel(m_bannerFrame))
    , m_bannerAction(new QPushButton(m_bannerFrame))
    , m_tabs(new QTabWidget(this))
    , m_files(new GuestFileBrowser(m_operations, vm, vmName, this))
    , m_processes(new GuestProcessPanel(m_operations, vm, vmName, this))
    , m_environment(new GuestEnvironmentPanel(this))
{
    setWindowTitle(tr("Guest — %1").arg(vmName));
    setObjectName(u"guestWindow"_s);
    m_files->setExportQueue(exports);
    m_banner->setObjectName(u"guestBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* bannerLayout = new QHBoxLayout(m_bannerFrame);
    bannerLayout->addWidget(m_banner, 1);
    bannerLayout->addWidget(m_bannerAction);
    m_bannerFrame->setAutoFillBackground(true);
    m_bannerFrame->setBackgroundRole(QPalette::AlternateBase);

    m_tabs->addTab(m_files, QIcon::fromTheme(u"folder"_s), tr("&Files"));
    m_tabs->addTab(m_processes, QIcon::fromTheme(u"utilities-system-monitor"_s), tr("&Processes"));
    m_tabs->addTab(m_environment, QIcon::fromTheme(u"preferences-system"_s), tr("&Environment"));
    m_tabs->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_bannerFrame);
    layout->addWidget(m_tabs, 1);
    resize(1000, 620);

    connect(m_bannerAction, &QPushButton::clicked, this, &GuestWindow::signIn);
    connect(m_environment, &GuestEnvironmentPanel::refreshRequested, this, [this] { readEnvironment(false); });
    showBanner(tr("Not signed in to the guest."), {}, tr("&Sign In…"));
}

QString GuestWindow::secretKey(const QString& host, const ManagedObjectRef& vm, const QString& user)
{
    return u"guest:"_s + host + u':' + vm.value + u':' + user;
}

QString GuestWindow::host() const
{
    const VSphereSession* session = m_operations->session();
    return session ? session->parameters().url.host() : QString();
}

QString GuestWindow::userSetting() const
{
    // The user name only: it is no secret, and the keychain entry is found by it.
    return u"guest/"_s + host() + u'/' + m_vm.value + u"/user"_s;
}

GuestLoginDialog* GuestWindow::loginDialog() const
{
    return m_login;
}

void GuestWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void GuestWindow::openRunCommand()
{
    showTab(ProcessesTab);
    if (m_signedIn) {
        m_processes->openRunCommand();
    } else {
        m_runCommandPending = true;
        signIn();
    }
}

void GuestWindow::signIn()
{
    if (m_signedIn || m_signingIn) {
        if (m_login) {
            m_login->raise();
        }
        return;
    }
    m_signingIn = true;
    const int generation = ++m_signInGeneration;
    const QString user = QSettings().value(userSetting()).toString();
    if (user.isEmpty() || !m_secrets || !m_secrets->isAvailable()) {
        ask({});
        return;
    }
    showBanner(tr("Signing in to the guest as %1…").arg(user), {}, {});
    whenDone<SecretError>(
        m_secrets->readPassword(secretKey(host(), m_vm, user)), this,
        [this, user, generation](const QString& password) {
            if (generation == m_signInGeneration) {
                check({ user, password }, true, false, generation);
            }
        },
        [this, generation](const SecretError&) {
            if (generation == m_signInGeneration) {
                ask({});
            }
        });
}

void GuestWindow::ask(const QString& message)
{
    if (!m_login) {
        m_login = new GuestLoginDialog(
            m_vmName, QSettings().value(userSetting()).toString(), m_secrets && m_secrets->isAvailable(), this);
        m_login->setAttribute(Qt::WA_DeleteOnClose);
        m_login->setWindowModality(Qt::WindowModal);
        connect(m_login, &GuestLoginDialog::submitted, this, [this] {
            m_login->setChecking(true);
            check(m_login->credentials(), false, m_login->remember(), m_signInGeneration);
        });
        connect(m_login, &QDialog::rejected, this, [this] {
            ++m_signInGeneration; // a check still under way is of no use any more
            m_signingIn = false;
            showBanner(tr("Not signed in to the guest."), {}, tr("&Sign In…"));
        });
    }
    m_login->showMessage(message);
    m_login->open();
}

void GuestWindow::check(const GuestCredentials& credentials, bool fromKeychain, bool remember, int generation)
{
    whenDone<VimError>(
        m_operations->validateCredentials(m_vm, credentials), this,
        [this, credentials, remember, generation] {
            if (generation == m_signInGeneration) {
                accepted(credentials, remember);
            }
        },
        [this, fromKeychain, generation, user = credentials.user](const VimError& error) {
            if (generation != m_signInGeneration) {
                return;
            }
            if (fromKeychain && error.faultType().contains(u"InvalidGuestLogin"_s) && m_secrets) {
                // A password the guest no longer takes is of no use to keep.
                whenDone<SecretError>(
                    m_secrets->removePassword(secretKey(host(), m_vm, user)), this, [] {}, [](const SecretError&) {});
            }
            refused(error, fromKeychain);
        });
}

void GuestWindow::accepted(const GuestCredentials& credentials, bool remember)
{
    m_credentials = credentials;
    m_signedIn = true;
    m_signingIn = false;
    QSettings().setValue(userSetting(), credentials.user);
    if (remember && m_secrets && m_secrets->isAvailable()) {
        whenDone<SecretError>(
            m_secrets->writePassword(secretKey(host(), m_vm, credentials.user), credentials.password), this, [] {},
            [this](const SecretError& error) {
                showBanner(tr("The password was not kept in the keychain: %1").arg(error.message()), {}, {});
            });
    }
    if (m_login) {
        m_login->accept();
    }
    m_bannerFrame->hide();
    m_tabs->setEnabled(true);
    m_files->setCredentials(credentials);
    m_processes->setCredentials(credentials);
    readEnvironment(true);
    m_processes->refresh();
    if (m_runCommandPending) {
        m_runCommandPending = false;
        m_processes->openRunCommand();
    }
    Q_EMIT signedIn();
}

void GuestWindow::refused(const VimError& error, bool fromKeychain)
{
    const bool loginRefused = error.faultType().contains(u"InvalidGuestLogin"_s);
    if (loginRefused && fromKeychain) {
        ask(tr("The guest refused the password kept in the keychain. Enter it again."));
        return;
    }
    if (loginRefused && m_login) {
        m_login->setChecking(false);
        m_login->showMessage(error.message(), error.details());
        return;
    }
    // Not a matter of the password (Tools not running, powered off): asking again would not help.
    m_signingIn = false;
    if (m_login) {
        m_login->disconnect(this);
        m_login->close();
    }
    showBanner(error.message(), error.details(), tr("&Try Again"));
}

void GuestWindow::readEnvironment(bool openHome)
{
    whenDone<VimError>(
        m_operations->readEnvironment(m_vm, m_credentials), this,
        [this, openHome](const QStringList& lines) {
            m_environment->setVariables(lines);
            if (openHome) {
                m_files->setHomePath(m_environment->model()->value(u"HOME"_s).value_or(u"/"_s));
                m_files->goHome();
            }
        },
        [this, openHome](const VimError& error) {
            m_environment->setError(error.message(), error.details());
            if (openHome) {
                m_files->goHome();
            }
        });
}

void GuestWindow::showBanner(const QString& message, const QString& details, const QString& action)
{
    m_banner->setText(message);
    m_banner->setToolTip(details);
    m_bannerAction->setText(action);
    m_bannerAction->setVisible(!action.isEmpty());
    m_bannerFrame->show();
}
