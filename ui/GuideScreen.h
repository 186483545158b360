#pragma once

#include "Contract.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace clickar {

class Session;

// 自動車保険更新のご案内: the steps, the time it takes, the deadline and what to have at hand.
class GuideScreen : public QWidget
{
    Q_OBJECT

public:
    explicit GuideScreen(Session *session, QWidget *parent = nullptr);
    void showGuide(const Contract &contract);
    void showError(const QString &message);

signals:
    void proceed(const clickar::Contract &contract);
    void back();

private:
    Session *m_session;
    Contract m_contract;
    QLabel *m_body;
    QPushButton *m_proceed;
};

} // namespace clickar
