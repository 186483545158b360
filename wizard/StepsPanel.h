#pragma once

#include <QList>
#include <QSet>
#include <QWidget>

class QLabel;

namespace clickar {

// The side of the wizard: the nine steps, numbered, those done ticked (✓), the current one highlighted.
// Each step is a row "step<N>": a mark "step<N>Mark" (its number, or ✓) in a column of its own, so names line up
// whatever their script, and the name "step<N>Name"; the row's accessible name says number, name and state.
class StepsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StepsPanel(QWidget *parent = nullptr);
    void setCurrent(int pageId);
    // The pages whose step the service has confirmed.
    void setDone(const QSet<int> &pageIds);

    int current() const { return m_current; }
    bool isDone(int pageId) const { return m_done.contains(pageId); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();

    struct Row
    {
        QWidget *row;
        QLabel *mark;
        QLabel *name;
    };
    QLabel *m_heading;
    QList<Row> m_steps;
    QStringList m_names;
    QSet<int> m_done;
    int m_current = 0;
};

} // namespace clickar
