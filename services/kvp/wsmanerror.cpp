// SPDX-License-Identifier: GPL-3.0-or-later
#include "wsmanerror.h"

#include <QCoreApplication>

WsManError::WsManError(Kind kind, QString message, QString details)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_details(std::move(details))
{ }

WsManError WsManError::cancelled()
{
    return { Kind::Cancelled, QCoreApplication::translate("WsManError", "The request was cancelled.") };
}
