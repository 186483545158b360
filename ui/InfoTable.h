#pragma once

#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;

namespace clickar {

// A titled two-column table of read-only facts (label: value), as the insurer's pages show them.
class InfoTable : public QWidget
{
    Q_OBJECT

public:
    explicit InfoTable(const QString &title = {}, QWidget *parent = nullptr);
    QLabel *addRow(const QString &label, const QString &value = {});
    void clear();
    void setTitle(const QString &title);

private:
    QGroupBox *m_box;
    QFormLayout *m_form;
};

} // namespace clickar
