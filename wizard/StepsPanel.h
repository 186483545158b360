#pragma once

#include <QWidget>

class QLabel;

namespace clickar {

// The side of the wizard: the nine steps, and which one the person is on.
class StepsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StepsPanel(QWidget *parent = nullptr);
    void setCurrent(int pageId);

private:
    QList<QLabel *> m_steps;
};

} // namespace clickar
