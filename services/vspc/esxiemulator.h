// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpSocket>

#include "telnetcodec.h"
#include "vmwareextension.h"

// The ESXi side of a vSPC connection, as a real host speaks it (vspc-and-cloud-init.md §2.2):
// telnet negotiation, KNOWN-SUBOPTIONS, DO-PROXY or a vMotion PEER, answers to GET-VM-*, and
// serial data with 0xFF escaped. Tests, the benchmark, the QEMU bridge and the demo's guests
// (DemoGuests) drive servers with it. The waitFor* calls and request() run a local event loop:
// for tests and command-line tools only, never on a GUI thread (use the signals there).
class EsxiEmulator : public QObject
{
    Q_OBJECT
public:
    struct Vm
    {
        QByteArray name = "test-vm";
        QByteArray vcUuid = "42 1c 6f 0e 5b 9a 2d 37-8e 0f 62 b0 84 58 b6 1c";
        QByteArray biosUuid = "56 4d 8f 0e 11 22 33 44-55 66 77 88 99 aa bb cc";
        QByteArray portUri = "my-metadata";
        char direction = 'C';
    };

    explicit EsxiEmulator(Vm vm, QObject* parent = nullptr);

    // As a vMotion target: present this cookie (sequence+secret) instead of DO-PROXY.
    void setVMotionPeer(const QByteArray& cookie) { m_peerCookie = cookie; }
    void connectToServer(quint16 port);

    QTcpSocket& socket() { return m_socket; }
    const Vm& vm() const { return m_vm; }
    // The VMware sub-option payloads (code first) the server sent, in order.
    const QList<QByteArray>& subOptions() const { return m_subOptions; }
    const QByteArray& negotiations() const { return m_negotiations; }

    // Waits until the server sent a sub-option with this code; returns its payload (without the code).
    std::optional<QByteArray> waitForSubOption(quint8 code, int timeoutMs = 5000);
    // Waits for the next complete data line (LF-terminated, CR kept as received).
    std::optional<QByteArray> waitForLine(int timeoutMs = 5000);
    // The next complete data line if one has arrived, without waiting (for signal-driven users).
    std::optional<QByteArray> takeLine();
    bool waitForDisconnect(int timeoutMs = 5000);

    void sendData(const QByteArray& data); // escapes 0xFF like ESXi does
    void sendSubOption(quint8 code, const QByteArray& payload = {});
    void sendRaw(const QByteArray& bytes);

    // The whole request/response: writes "!!REQUEST_<what>#\n" and decodes the answer's base64.
    std::optional<QByteArray> request(const QByteArray& what, int timeoutMs = 5000);

Q_SIGNALS:
    void lineReceived(const QByteArray& line);
    // A VMware sub-option from the server; `payload` without the code.
    void subOptionReceived(quint8 code, const QByteArray& payload);
    void dataReceived(const QByteArray& data); // serial data for the VM, unescaped

private:
    void onReadyRead();
    // Runs events until `done` holds (checked whenever something arrives) or the time is up.
    bool waitUntil(const std::function<bool()>& done, int timeoutMs);

    Vm m_vm;
    QByteArray m_peerCookie;
    QTcpSocket m_socket;
    TelnetCodec m_codec;
    QByteArray m_partialLine;
    QList<QByteArray> m_subOptions;
    qsizetype m_subOptionsSeen = 0;
    QList<QByteArray> m_lines;
    qsizetype m_linesTaken = 0;
    QByteArray m_negotiations;
};
