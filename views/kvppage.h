// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

#include <QWidget>

#include "kvp/kvppool.h"

class HypervHostPanel;
class KvpPoolModel;
class KvpPoolWatcher;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class SecretStore;

// The guest side of Hyper-V KVP: the five pool files of hv_kvp_daemon, one tab each, followed live
// (read on worker threads, so a daemon holding its lock never freezes the window). The selected
// value in full and, where it is base64, decoded. Pool 1 (guest to host) is the one a guest writes:
// add, edit and delete there, checked against what the host can read, written on a worker thread.
// Beside it, the host side: Hyper-V hosts and their VMs' items over WinRM (HypervHostPanel).
class KvpPage : public QWidget
{
    Q_OBJECT
public:
    enum Pool { HostToGuest, GuestToHost, GuestIntrinsic, HostFacts, Internal };

    enum Area { ThisGuest, HypervHosts };

    // Without `secrets`, Hyper-V host passwords are asked for each connection, never remembered.
    explicit KvpPage(SecretStore* secrets = nullptr, QWidget* parent = nullptr);

    // Follows the pool files in `directory` from now on, and remembers it.
    void setDirectory(const QString& directory);
    QString directory() const;

    // "This guest" and "Hyper-V hosts".
    QTabWidget* areas() const { return m_areas; }
    HypervHostPanel* hypervPanel() const { return m_hyperv; }
    QTabWidget* tabs() const { return m_tabs; }
    QLineEdit* directoryEdit() const { return m_directory; }
    QTableView* table(int pool) const { return m_pools.at(pool).table; }
    KvpPoolModel* model(int pool) const { return m_pools.at(pool).model; }
    QSortFilterProxyModel* proxy(int pool) const { return m_pools.at(pool).proxy; }
    QLineEdit* filter(int pool) const { return m_pools.at(pool).filter; }
    QLabel* status(int pool) const { return m_pools.at(pool).status; }
    // The search box of the pool shown, or of the Hyper-V items.
    QLineEdit* filter() const;
    QPlainTextEdit* valueView() const { return m_value; }
    QPlainTextEdit* base64View() const { return m_base64; }
    QPushButton* copyButton() const { return m_copy; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* deleteButton() const { return m_delete; }

    // "key=value" lines of the selected rows of the pool shown, as copied to the clipboard.
    QString selectedPairs() const;

    void addPair();
    void editPair();
    void deletePairs();
    void copyPairs();

Q_SIGNALS:
    // A write to pool 1 finished; `error` is empty when it went through.
    void writeFinished(const QString& error);

private:
    struct PoolTab
    {
        KvpPoolModel* model = nullptr;
        QSortFilterProxyModel* proxy = nullptr;
        QTableView* table = nullptr;
        QLineEdit* filter = nullptr;
        QLabel* status = nullptr;
    };

    QWidget* makePoolTab(int pool);
    void updateStatus(int pool);
    void updateDetails();
    void updateActions();
    QList<KvpRecord> selectedRecords(int pool) const;
    void browse();
    // Runs `write` (KvpPool::set or remove on the pool 1 file) on a worker thread; says a failure.
    void runWrite(const std::function<QString(const QString& path)>& write);
    // Asks for a key and value (the key fixed when editing); false when cancelled.
    bool askPair(const QString& title, QByteArray* key, QByteArray* value, bool keyFixed);

    KvpPoolWatcher* m_watcher;
    QTabWidget* m_areas;
    HypervHostPanel* m_hyperv;
    QLineEdit* m_directory;
    QTabWidget* m_tabs;
    std::array<PoolTab, KvpPool::poolCount> m_pools;
    QLabel* m_selectedKey;
    QPlainTextEdit* m_value;
    QPlainTextEdit* m_base64;
    QPushButton* m_copy;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_delete;
    bool m_writing = false;
};
