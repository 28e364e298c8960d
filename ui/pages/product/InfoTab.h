#pragma once

#include "domain/Document.h"

#include <QUuid>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QListView;
class QPushButton;
class QSplitter;
class QVBoxLayout;

namespace mycloud {

class ClientSession;
class PhotoThumbnailModel;

// "Informations du produit" (seed §5 I, §6 I–II): the product's details and its affair's, the remote
// consultation switch, the B2EI contact (call, e-mail), and the photos as a gallery (double-click
// for the large viewer) with "download the photos".
class InfoTab final : public QWidget
{
    Q_OBJECT

public:
    InfoTab(ClientSession& session, QWidget* parent = nullptr);

    void setProduct(const QUuid& productId);
    void reload();
    QCheckBox* remoteSwitch() const { return m_remote; }
    PhotoThumbnailModel* photos() const { return m_photos; }
    QListView* gallery() const { return m_gallery; }
    // The details part and the photos part, so that the compact layout can show them apart.
    QWidget* detailsPart() const { return m_details; }
    QWidget* photosPart() const { return m_photosPart; }
    // Takes the two parts back after the compact layout showed them in sections of their own.
    void restoreParts();

signals:
    void exportRequested(const QList<mycloud::Document>& documents, const QString& what);

private:
    void setField(int row, const QString& value);

    ClientSession& m_session;
    QUuid m_productId;
    QSplitter* m_splitter = nullptr;
    QWidget* m_details = nullptr;
    QWidget* m_photosPart = nullptr;
    QList<QLabel*> m_values;
    QVBoxLayout* m_contactRows = nullptr;
    QCheckBox* m_remote = nullptr;
    PhotoThumbnailModel* m_photos = nullptr;
    QListView* m_gallery = nullptr;
    QPushButton* m_download = nullptr;
};

} // namespace mycloud
