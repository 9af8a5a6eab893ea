// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>

#include <QObject>

class QSocketNotifier;

// Turns SIGTERM/SIGINT/SIGUSR1 into a Qt signal on the event loop (self-pipe trick), so the GUI can
// close its windows cleanly and the CLI can shut down servers without work in a signal handler.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignalWatcher(std::initializer_list<int> signalNumbers, QObject* parent = nullptr);
    ~UnixSignalWatcher() override;

Q_SIGNALS:
    void signalReceived(int signalNumber);

private:
    void readPipe();

    QSocketNotifier* m_notifier = nullptr;
};
