// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoguests.h"

#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

#include "esxiemulator.h"

using namespace Qt::StringLiterals;

namespace {
// A guest that gets no answer within this time gives up on the round and tries again later.
constexpr int answerTimeoutMs = 15 * 1000;

QString esxiSpelling(const QUuid& uuid)
{
    const QByteArray hex = uuid.toRfc4122().toHex();
    QString text;
    for (int i = 0; i < 16; ++i) {
        text += QString::fromLatin1(hex.mid(i * 2, 2));
        text += i == 7 ? u'-' : (i == 15 ? QChar() : u' ');
    }
    return text.remove(QChar());
}
} // namespace

// One demo VM: its emulated host, the round of requests in progress and the timer to the next.
class DemoGuest : public QObject
{
public:
    DemoGuest(DemoGuests* owner, const DemoGuests::Vm& vm, quint16 port, const QString& portUri)
        : QObject(owner)
        , m_owner(owner)
        , m_vm(vm)
        , m_port(port)
        , m_portUri(portUri.toUtf8())
    {
        m_next.setSingleShot(true);
        connect(&m_next, &QTimer::timeout, this, &DemoGuest::tick);
        m_watchdog.setSingleShot(true);
        m_watchdog.setInterval(answerTimeoutMs);
        connect(&m_watchdog, &QTimer::timeout, this, [this] {
            m_round.clear();
            m_inFlight.clear();
            scheduleNext();
        });
        connectHost();
    }

    ~DemoGuest() override { dropHost(); }

    bool isAccepted() const { return m_accepted; }

private:
    void dropHost()
    {
        if (m_esxi) {
            // Quietly: a host going away on purpose is not a connection lost.
            m_esxi->disconnect(this);
            m_esxi->socket().disconnect(this);
            delete std::exchange(m_esxi, nullptr);
        }
    }

    void connectHost()
    {
        dropHost();
        EsxiEmulator::Vm identity;
        identity.name = m_vm.name.toUtf8();
        identity.vcUuid = m_vm.vcUuid.toUtf8();
        identity.biosUuid = m_vm.biosUuid.toUtf8();
        identity.portUri = m_portUri;
        m_esxi = new EsxiEmulator(identity, this);
        m_accepted = false;
        connect(m_esxi, &EsxiEmulator::subOptionReceived, this, [this](quint8 code) {
            if (code == VmwareExtension::WillProxy && !m_accepted) {
                m_accepted = true;
                Q_EMIT m_owner->guestConnected(m_vm.name);
                startRound(); // cloud-init fetches as soon as the guest boots
            }
        });
        connect(m_esxi, &EsxiEmulator::lineReceived, this, &DemoGuest::readAnswers);
        connect(&m_esxi->socket(), &QTcpSocket::disconnected, this, &DemoGuest::lost);
        connect(&m_esxi->socket(), &QTcpSocket::errorOccurred, this, [this] {
            if (m_esxi->socket().state() == QAbstractSocket::UnconnectedState) {
                lost(); // refused: the server is not (yet) listening
            }
        });
        m_esxi->connectToServer(m_port);
    }

    void lost()
    {
        m_watchdog.stop();
        m_round.clear();
        m_inFlight.clear();
        if (m_accepted) {
            m_accepted = false;
            Q_EMIT m_owner->guestDisconnected(m_vm.name);
        }
        scheduleNext();
    }

    void tick()
    {
        if (m_esxi->socket().state() == QAbstractSocket::UnconnectedState) {
            connectHost();
        } else if (m_accepted) {
            startRound();
        }
    }

    void scheduleNext()
    {
        const int low = m_owner->m_minimumMs;
        const int high = qMax(low, m_owner->m_maximumMs);
        m_next.start(low + static_cast<int>(QRandomGenerator::global()->bounded(high - low + 1)));
    }

    void startRound()
    {
        m_round = { "METADATA", "NETWORKDATA", "USERDATA" };
        sendNext();
    }

    void sendNext()
    {
        if (m_round.isEmpty()) {
            m_watchdog.stop();
            scheduleNext();
            return;
        }
        m_inFlight = m_round.takeFirst();
        m_esxi->sendData("!!REQUEST_" + m_inFlight + "#\n");
        m_watchdog.start();
    }

    void readAnswers()
    {
        while (const std::optional<QByteArray> taken = m_esxi->takeLine()) {
            const QByteArray line = taken->trimmed(); // "\n\r" endings leave a CR in front
            if (m_inFlight.isEmpty()) {
                continue;
            }
            const QString request = QString::fromLatin1(m_inFlight);
            const QByteArray response = "!!RESPONSE_" + m_inFlight + '#';
            if (line.startsWith(response)) {
                Q_EMIT m_owner->answered(m_vm.name, request, QByteArray::fromBase64(line.mid(response.size())));
            } else if (line.startsWith("!!ERROR#")) {
                Q_EMIT m_owner->refused(
                    m_vm.name, request, QString::fromUtf8(QByteArray::fromBase64(line.mid(qsizetype(8)))));
            } else {
                continue; // not an answer (a guest's console could print anything)
            }
            m_inFlight.clear();
            sendNext();
        }
    }

    DemoGuests* m_owner;
    DemoGuests::Vm m_vm;
    quint16 m_port;
    QByteArray m_portUri;
    EsxiEmulator* m_esxi = nullptr;
    bool m_accepted = false;
    QList<QByteArray> m_round;
    QByteArray m_inFlight;
    QTimer m_next;
    QTimer m_watchdog;
};

DemoGuests::DemoGuests(QObject* parent)
    : QObject(parent)
{ }

DemoGuests::~DemoGuests()
{
    stop();
}

QList<DemoGuests::Vm> DemoGuests::sampleVms()
{
    return { vmNamed(u"DC0_C0_RP0_VM0"_s), vmNamed(u"DC0_C0_RP0_VM1"_s), vmNamed(u"DC0_C0_RP0_VM2"_s),
        vmNamed(u"DC0_C0_RP0_VM3"_s) };
}

DemoGuests::Vm DemoGuests::vmNamed(const QString& name)
{
    // Name-based (v5) UUIDs: the same VM has the same UUIDs on every start, as a real one would.
    const QUuid space = QUuid::fromString(u"6ba7b810-9dad-11d1-80b4-00c04fd430c8"_s); // RFC 4122's DNS namespace
    return { name, esxiSpelling(QUuid::createUuidV5(space, u"vc."_s + name)),
        esxiSpelling(QUuid::createUuidV5(space, u"bios."_s + name)) };
}

void DemoGuests::setFetchInterval(int minimumMs, int maximumMs)
{
    m_minimumMs = minimumMs;
    m_maximumMs = maximumMs;
}

void DemoGuests::start(quint16 port, const QString& portUri, const QList<Vm>& vms)
{
    stop();
    for (const Vm& vm : vms) {
        m_guests.append(new DemoGuest(this, vm, port, portUri));
    }
}

void DemoGuests::stop()
{
    // Deleting the guests closes their sockets; the server sees the hosts go.
    qDeleteAll(std::exchange(m_guests, {}));
}

int DemoGuests::connectedCount() const
{
    int connected = 0;
    for (const DemoGuest* guest : m_guests) {
        connected += guest->isAccepted();
    }
    return connected;
}
