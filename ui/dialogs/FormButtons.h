#pragma once

#include <QWidget>

#include <optional>

class QDialog;
class QLabel;
class QPushButton;

namespace mycloud {

// The foot of a form dialog: why it cannot be accepted yet, then OK and Cancel. OK stays disabled
// while there is a problem, so a dialog never returns half-filled values.
class FormButtons final : public QWidget
{
    Q_OBJECT

public:
    // acceptText names the action on the OK button ("Lock", "Validate"); empty keeps "OK".
    explicit FormButtons(QDialog* dialog, const QString& acceptText = {});

    // Runs check now and again whenever sender emits changed; check says what is wrong, or nullopt.
    template <typename Sender, typename Signal, typename Check>
    void follow(Sender* sender, Signal changed, Check check)
    {
        connect(sender, changed, this, [this, check] { setProblem(check()); });
        setProblem(check());
    }

    QPushButton* acceptButton() const { return m_accept; }

private:
    void setProblem(const std::optional<QString>& problem);

    QLabel* m_problem;
    QPushButton* m_accept;
};

} // namespace mycloud
