/*
 * page_text: the reader web app's UI strings, in English and French: the
 * one table for the server-rendered pages and for web/app.js, which gets
 * its part as the module /static/strings.js that tools/strings writes from
 * this table at build time (web/i18n.js reads it). Plain data with no
 * dependency, so that the build tool links it alone.
 */
#ifndef CRIER_PAGE_TEXT_H
#define CRIER_PAGE_TEXT_H

#include <stddef.h>

/*
 * One row per string: X(who, key, English, French). who says where it is
 * shown: PAGE on the server's pages only, APP in the web app only, BOTH.
 * The app knows a string by its key. A key with _one and _other variants is
 * a count: "{n}" stands for the number, and page_text_one says which
 * variant a number takes.
 */
#define PAGE_TEXTS(X)                                                                                         \
    X(PAGE, skip, "Skip to content", "Aller au contenu")                                                      \
    X(PAGE, nav_label, "Main", "Principal")                                                                   \
    X(PAGE, my_channels, "My channels", "Mes chaînes")                                                        \
    X(PAGE, public_channels, "Public channels", "Chaînes publiques")                                          \
    X(PAGE, no_channels, "You have not joined a channel on this device yet.",                                 \
      "Vous n’avez encore rejoint aucune chaîne sur cet appareil.")                                           \
    X(PAGE, no_public, "There is no public channel yet.",                                                     \
      "Il n’y a pas encore de chaîne publique.")                                                              \
    X(PAGE, join, "Join", "Rejoindre")                                                                        \
    X(PAGE, leave, "Leave", "Quitter")                                                                        \
    X(BOTH, members_one, "{n} member", "{n} membre")                                                          \
    X(BOTH, members_other, "{n} members", "{n} membres")                                                      \
    X(PAGE, pending_badge, "Waiting for approval", "En attente d’approbation")                                \
    X(PAGE, private_badge, "Private", "Privée")                                                               \
    X(PAGE, atom, "Atom feed", "Flux Atom")                                                                   \
    X(PAGE, latest, "Latest posts", "Dernières publications")                                                 \
    X(PAGE, no_posts, "No posts yet.", "Aucune publication pour l’instant.")                                  \
    X(PAGE, older, "Older posts", "Publications plus anciennes")                                              \
    X(PAGE, newest, "Latest posts", "Dernières publications")                                                 \
    X(BOTH, source, "Source", "Source")                                                                       \
    X(BOTH, credit, "Credit:", "Crédit :")                                                                    \
    X(BOTH, edited, "Edited", "Modifié")                                                                      \
    X(BOTH, breaking, "Breaking", "Urgent")                                                                   \
    X(BOTH, important, "Important", "Important")                                                              \
    X(BOTH, selection, "Selection", "Sélection")                                                              \
    X(BOTH, pinned, "Pinned", "Épinglé")                                                                      \
    X(PAGE, unread_one, "{n} unread", "{n} non lu")                                                           \
    X(PAGE, unread_other, "{n} unread", "{n} non lus")                                                        \
    X(PAGE, new_posts, "New posts", "Nouvelles publications")                                                 \
    X(PAGE, mark_read, "Mark as read", "Marquer comme lu")                                                    \
    X(BOTH, transfer, "Move to another device", "Passer à un autre appareil")                                 \
    X(PAGE, back_to, "Back to", "Retour à")                                                                   \
    X(PAGE, nf_title, "Not found", "Page introuvable")                                                        \
    X(PAGE, nf_channel, "There is no channel at this address.",                                               \
      "Il n’y a pas de chaîne à cette adresse.")                                                              \
    X(PAGE, nf_post, "This post does not exist, or it was deleted.",                                          \
      "Cette publication n’existe pas, ou elle a été supprimée.")                                             \
    X(PAGE, nf_page, "There is nothing at this address.", "Il n’y a rien à cette adresse.")                   \
    X(PAGE, pend_title, "Waiting for approval", "En attente d’approbation")                                   \
    X(PAGE, pend_text,                                                                                        \
      "Your request to join this channel was sent. An admin must approve it; this page opens "                \
      "the channel by itself once that is done.",                                                             \
      "Votre demande pour rejoindre cette chaîne a été envoyée. Un administrateur doit "                  \
      "l’approuver ; cette page ouvrira la chaîne d’elle-même une fois que ce sera "                   \
      "fait.")                                                                                                \
    X(PAGE, inv_kicker, "You are invited to join", "Vous êtes invité à rejoindre")                            \
    X(PAGE, inv_approval, "An admin approves each request to join.",                                          \
      "Chaque demande est approuvée par un administrateur.")                                                  \
    X(PAGE, inv_member, "You are already a member of this channel.",                                          \
      "Vous êtes déjà membre de cette chaîne.")                                                               \
    X(PAGE, open_channel, "Open the channel", "Ouvrir la chaîne")                                             \
    X(PAGE, inv_expired, "This invite has expired", "Cette invitation a expiré")                              \
    X(PAGE, inv_revoked, "This invite was revoked", "Cette invitation a été révoquée")                        \
    X(PAGE, inv_used, "This invite has been used up",                                                         \
      "Cette invitation a atteint son nombre maximal d’utilisations")                                         \
    X(PAGE, inv_unknown, "This invite link is not valid", "Ce lien d’invitation n’est pas valide")            \
    X(PAGE, inv_hint, "Ask whoever sent it to you for a new link.",                                           \
      "Demandez un nouveau lien à la personne qui vous l’a envoyé.")                                          \
    X(PAGE, dev_title, "Use this device", "Utiliser cet appareil")                                            \
    X(PAGE, dev_text,                                                                                         \
      "This one-time link moves your reading from another device to this one: the same "                      \
      "channels, the same unread posts.",                                                                     \
      "Ce lien à usage unique transfère votre lecture d’un autre appareil vers "                          \
      "celui-ci : les mêmes chaînes, les mêmes publications non lues.")                                       \
    X(PAGE, dev_button, "Use this device", "Utiliser cet appareil")                                           \
    X(PAGE, dev_expired, "This link has expired", "Ce lien a expiré")                                         \
    X(PAGE, dev_used, "This link was already used", "Ce lien a déjà été utilisé")                             \
    X(PAGE, dev_unknown, "This link is not valid", "Ce lien n’est pas valide")                                \
    X(PAGE, dev_hint, "Make a new one on your other device with “Move to another device”.",                   \
      "Créez-en un nouveau sur votre autre appareil avec « Passer à un autre appareil ».")                    \
    X(PAGE, csrf_title, "This form has expired", "Ce formulaire a expiré")                                    \
    X(PAGE, csrf_text, "Reload the page and try again.", "Rechargez la page et réessayez.")                   \
    X(PAGE, err_title, "Something went wrong", "Une erreur est survenue")                                     \
    X(PAGE, err_text, "Please try again in a moment.", "Réessayez dans un instant.")                          \
    X(PAGE, method_title, "Method not allowed", "Méthode non autorisée")                                      \
    X(PAGE, busy_title, "Too many requests", "Trop de demandes")                                              \
    X(PAGE, busy_text,                                                                                        \
      "Many people joined from this connection in a short time. Please try again in a minute.",               \
      "Beaucoup de personnes ont rejoint des chaînes depuis cette connexion en peu de temps. "               \
      "Réessayez dans une minute.")                                                                           \
    X(PAGE, st_title, "Studio", "Studio")                                                                     \
    X(PAGE, st_signin_title, "Sign in to the studio", "Connexion au studio")                                  \
    X(PAGE, st_email, "Email", "Adresse e-mail")                                                              \
    X(PAGE, st_password, "Password", "Mot de passe")                                                          \
    X(PAGE, st_signin, "Sign in", "Se connecter")                                                             \
    X(PAGE, st_signin_bad, "The email or the password is not right.",                                         \
      "L’adresse e-mail ou le mot de passe est incorrect.")                                                   \
    X(PAGE, st_signin_busy, "Too many sign-ins at this moment. Try again in a second.",                       \
      "Trop de connexions en ce moment. Réessayez dans une seconde.")                                         \
    X(PAGE, st_too_many, "Too many sign-in attempts. Please wait a minute and try again.",                    \
      "Trop de tentatives de connexion. Attendez une minute et réessayez.")                                   \
    X(PAGE, st_signout, "Sign out", "Se déconnecter")                                                         \
    X(PAGE, st_link_title, "Choose your password", "Choisissez votre mot de passe")                           \
    X(PAGE, st_link_text,                                                                                     \
      "This one-time link signs you in to the studio. Choose a password of at least 10 characters.",          \
      "Ce lien à usage unique vous connecte au studio. Choisissez un mot de passe d’au moins 10 caractères.") \
    X(PAGE, st_password2, "The same password again", "Le même mot de passe, à nouveau")                       \
    X(PAGE, st_link_mismatch, "The two passwords differ.", "Les deux mots de passe diffèrent.")               \
    X(PAGE, st_link_weak, "A password has 10 to 256 characters, without control characters.",                 \
      "Un mot de passe a de 10 à 256 caractères, sans caractère de contrôle.")                                \
    X(PAGE, st_link_bad, "This sign-in link is not valid, was already used, or has expired.",                 \
      "Ce lien de connexion n’est pas valide, a déjà servi, ou a expiré.")                                    \
    X(PAGE, st_link_hint, "Ask an owner of your channel for a new link.",                                     \
      "Demandez un nouveau lien à un propriétaire de votre chaîne.")                                          \
    X(PAGE, st_link_save, "Save and sign in", "Enregistrer et se connecter")                                  \
    X(PAGE, st_no_roles, "You have no role in any channel yet.",                                              \
      "Vous n’avez encore de rôle dans aucune chaîne.")                                                       \
    X(PAGE, st_role_owner, "Owner", "Propriétaire")                                                           \
    X(PAGE, st_role_editor, "Editor", "Éditeur")                                                              \
    X(PAGE, st_role_author, "Author", "Auteur")                                                               \
    X(PAGE, st_may_publish, "may publish", "peut publier")                                                    \
    X(PAGE, st_drafts_only, "drafts only", "brouillons seulement")                                            \
    X(PAGE, st_compose, "Compose", "Rédiger")                                                                 \
    X(PAGE, st_f_title, "Title", "Titre")                                                                     \
    X(PAGE, st_f_body, "Text (Markdown)", "Texte (Markdown)")                                                 \
    X(PAGE, st_f_importance, "Importance", "Importance")                                                      \
    X(PAGE, st_imp_low, "Low", "Faible")                                                                      \
    X(PAGE, st_imp_normal, "Normal", "Normale")                                                               \
    X(PAGE, st_imp_important, "Important", "Importante")                                                      \
    X(PAGE, st_imp_breaking, "Breaking", "Urgente")                                                           \
    X(PAGE, st_f_silent, "Silent (no notification)", "Silencieuse (sans notification)")                       \
    X(PAGE, st_f_tags, "Tags, separated by commas", "Mots-clés, séparés par des virgules")                    \
    X(PAGE, st_f_source, "Source URL", "URL de la source")                                                    \
    X(PAGE, st_f_photo, "Photo: an uploaded photo’s id, or an https URL",                                     \
      "Photo : l’identifiant d’une photo téléversée, ou une URL https")                                       \
    X(PAGE, st_f_upload, "Upload a photo", "Téléverser une photo")                                            \
    X(PAGE, st_f_alt, "Photo description (alt text)",                                                         \
      "Description de la photo (texte alternatif)")                                                           \
    X(PAGE, st_f_caption, "Caption", "Légende")                                                               \
    X(PAGE, st_f_credit, "Credit", "Crédit")                                                                  \
    X(PAGE, st_f_at, "Publish at (local time of the channel)",                                                \
      "Publier à (heure locale de la chaîne)")                                                                \
    X(PAGE, st_preview, "Preview", "Aperçu")                                                                  \
    X(PAGE, st_save_draft, "Save draft", "Enregistrer le brouillon")                                          \
    X(PAGE, st_publish_now, "Publish now", "Publier maintenant")                                              \
    X(PAGE, st_schedule, "Schedule", "Programmer")                                                            \
    X(PAGE, st_save, "Save changes", "Enregistrer les modifications")                                         \
    X(PAGE, st_preview_h, "Preview: what readers will see",                                                   \
      "Aperçu : ce que verront les lecteurs")                                                                 \
    X(PAGE, st_drafts, "Drafts", "Brouillons")                                                                \
    X(PAGE, st_scheduled, "Scheduled", "Programmées")                                                         \
    X(PAGE, st_published, "Published", "Publiées")                                                            \
    X(PAGE, st_nothing, "Nothing here.", "Rien ici.")                                                         \
    X(PAGE, st_publish, "Publish", "Publier")                                                                 \
    X(PAGE, st_edit, "Edit", "Modifier")                                                                      \
    X(PAGE, st_delete, "Delete", "Supprimer")                                                                 \
    X(PAGE, st_pin, "Pin to the selection", "Épingler à la sélection")                                        \
    X(PAGE, st_unpin, "Unpin", "Désépingler")                                                                 \
    X(PAGE, st_exclude, "Exclude from the selection", "Exclure de la sélection")                              \
    X(PAGE, st_top, "Pin to the top of the page", "Épingler en haut de la page")                              \
    X(PAGE, st_untop, "Unpin from the top", "Ne plus épingler en haut")                                       \
    X(PAGE, st_team, "Team", "Équipe")                                                                        \
    X(PAGE, st_audit, "Audit log", "Journal")                                                                 \
    X(PAGE, st_sources, "Sources", "Sources")                                                                 \
    X(PAGE, st_add_member, "Add a member", "Ajouter un membre")                                               \
    X(PAGE, st_role, "Role", "Rôle")                                                                          \
    X(PAGE, st_add, "Add", "Ajouter")                                                                         \
    X(PAGE, st_remove, "Remove", "Retirer")                                                                   \
    X(PAGE, st_allow_publish, "Allow to publish", "Autoriser à publier")                                      \
    X(PAGE, st_deny_publish, "Drafts only", "Brouillons seulement")                                           \
    X(PAGE, st_link_made,                                                                                     \
      "Hand this one-time sign-in link to the new member (it works for 7 days):",                             \
      "Transmettez ce lien de connexion à usage unique au nouveau membre (valable 7 jours) :")                \
    X(PAGE, st_when, "When", "Quand")                                                                         \
    X(PAGE, st_who, "Who", "Qui")                                                                             \
    X(PAGE, st_what, "Action", "Action")                                                                      \
    X(PAGE, st_detail, "Detail", "Détail")                                                                    \
    X(PAGE, st_older, "Older entries", "Entrées plus anciennes")                                              \
    X(PAGE, st_src_url, "Feed URL", "URL du flux")                                                            \
    X(PAGE, st_src_mode, "Mode", "Mode")                                                                      \
    X(PAGE, st_src_publish, "Publish each item", "Publier chaque article")                                    \
    X(PAGE, st_src_draft, "Hold each item as a draft", "Garder chaque article en brouillon")                  \
    X(PAGE, st_src_last, "Last fetch", "Dernière lecture")                                                    \
    X(PAGE, st_src_error, "Last error", "Dernière erreur")                                                    \
    X(PAGE, st_src_items, "Posts made", "Publications créées")                                                \
    X(PAGE, st_src_never, "never", "jamais")                                                                  \
    X(PAGE, st_forbidden, "Your role in this channel does not allow this.",                                   \
      "Votre rôle dans cette chaîne ne le permet pas.")                                                       \
    X(PAGE, st_no_channel, "There is no channel at this address, or you have no role in it.",                 \
      "Il n’y a pas de chaîne à cette adresse, ou vous n’y avez aucun rôle.")                                 \
    X(PAGE, st_done, "Done.", "C’est fait.")                                                                  \
    X(PAGE, st_toolbar, "Formatting", "Mise en forme")                                                        \
    X(PAGE, st_tb_bold, "Bold", "Gras")                                                                       \
    X(PAGE, st_tb_italic, "Italic", "Italique")                                                               \
    X(PAGE, st_tb_link, "Link", "Lien")                                                                       \
    X(PAGE, st_tb_quote, "Quote", "Citation")                                                                 \
    X(PAGE, st_tb_list, "List", "Liste")                                                                      \
    X(PAGE, st_uploading, "Uploading…", "Envoi…")                                                             \
    X(PAGE, st_upload_failed, "The photo could not be uploaded.",                                             \
      "La photo n’a pas pu être téléversée.")                                                                 \
    X(PAGE, st_back, "Back to", "Retour à")                                                                   \
    X(PAGE, st_stats, "Stats", "Statistiques")                                                                \
    X(PAGE, st_selection, "Next selection", "Prochaine sélection")                                            \
    X(PAGE, st_readers, "Readers", "Lecteurs")                                                                \
    X(PAGE, st_members_chart, "Members", "Membres")                                                           \
    X(PAGE, st_members_now, "Members now:", "Membres maintenant :")                                           \
    X(PAGE, st_chart_empty, "No count yet: members are counted every minute.",                                \
      "Pas encore de décompte : les membres sont comptés chaque minute.")                                     \
    X(PAGE, st_recent_posts, "Recent posts", "Publications récentes")                                         \
    X(PAGE, st_col_published, "Published", "Publication")                                                     \
    X(PAGE, st_views, "Views", "Vues")                                                                        \
    X(PAGE, st_reach, "Reach", "Portée")                                                                      \
    X(PAGE, st_audience, "Audience", "Audience")                                                              \
    X(PAGE, st_stats_help,                                                                                    \
      "Reach counts distinct readers; audience is the member count on the day of publication.",               \
      "La portée compte les lecteurs distincts ; l’audience est le nombre de membres le jour de "          \
      "la publication.")                                                                                      \
    X(PAGE, st_sel_window, "Posts from", "Publications du")                                                   \
    X(PAGE, st_sel_to, "to", "au")                                                                            \
    X(PAGE, st_sel_candidates, "candidates", "candidates")                                                    \
    X(PAGE, st_sel_none, "No post qualifies for this selection yet.",                                         \
      "Aucune publication ne se qualifie encore pour cette sélection.")                                       \
    X(PAGE, st_score, "Score", "Score")                                                                       \
    X(PAGE, st_part_importance, "importance", "importance")                                                   \
    X(PAGE, st_part_engagement, "engagement", "engagement")                                                   \
    X(PAGE, st_part_coverage, "coverage", "couverture")                                                       \
    X(PAGE, st_part_freshness, "freshness", "fraîcheur")                                                      \
    X(PAGE, st_sources_n, "sources", "sources")                                                               \
    X(PAGE, st_merged, "Also in this story", "Aussi dans ce sujet")                                           \
    X(PAGE, st_why_with, "shares with", "partage avec")                                                       \
    X(PAGE, st_left_out, "Left out", "Écartées")                                                              \
    X(PAGE, st_pinned, "Pinned", "Épinglée")                                                                  \
    X(PAGE, st_excluded, "Excluded", "Exclue")                                                                \
    X(PAGE, st_invites, "Invites", "Invitations")                                                             \
    X(PAGE, st_inv_new, "New invite", "Nouvelle invitation")                                                  \
    X(PAGE, st_inv_label, "Label", "Libellé")                                                                 \
    X(PAGE, st_inv_max, "Maximum uses (empty: unlimited)",                                                    \
      "Utilisations maximales (vide : illimitées)")                                                           \
    X(PAGE, st_inv_days, "Expires in days (empty: never)", "Expire dans (jours ; vide : jamais)")             \
    X(PAGE, st_inv_approval, "Each reader needs an approval", "Chaque lecteur doit être approuvé")            \
    X(PAGE, st_inv_create, "Create the invite", "Créer l’invitation")                                         \
    X(PAGE, st_inv_made,                                                                                      \
      "The invite link, shown only this once: hand it over, or show its QR code.",                            \
      "Le lien d’invitation, affiché cette seule fois : transmettez-le, ou montrez son code QR.")             \
    X(PAGE, st_inv_uses, "uses", "utilisations")                                                              \
    X(PAGE, st_inv_unlimited, "unlimited", "illimitées")                                                      \
    X(PAGE, st_inv_expires, "expires", "expire")                                                              \
    X(PAGE, st_inv_never, "never expires", "n’expire jamais")                                                 \
    X(PAGE, st_inv_approval_on, "with approval", "avec approbation")                                          \
    X(PAGE, st_inv_revoked, "revoked", "révoquée")                                                            \
    X(PAGE, st_inv_expired, "expired", "expirée")                                                             \
    X(PAGE, st_inv_used_up, "used up", "épuisée")                                                             \
    X(PAGE, st_revoke, "Revoke", "Révoquer")                                                                  \
    X(PAGE, st_pending, "Waiting for approval", "En attente d’approbation")                                   \
    X(PAGE, st_reader, "Reader", "Lecteur")                                                                   \
    X(PAGE, st_asked, "asked", "demande du")                                                                  \
    X(PAGE, st_via_invite, "through invite", "par l’invitation")                                              \
    X(PAGE, st_approve, "Approve", "Approuver")                                                               \
    X(PAGE, st_reject, "Reject", "Refuser")                                                                   \
    X(PAGE, st_qr_label, "QR code of the invite link", "Code QR du lien d’invitation")                        \
    X(APP, live, "Live", "En direct")                                                                         \
    X(APP, connecting, "Connecting…", "Connexion…")                                                           \
    X(APP, reconnecting, "Connection lost, reconnecting…", "Connexion perdue, reconnexion…")                  \
    X(APP, offline,                                                                                           \
      "Offline: showing saved posts. New posts will come in once you are back online.",                       \
      "Hors ligne : publications enregistrées. Les nouvelles arriveront dès le retour du "                  \
      "réseau.")                                                                                              \
    X(APP, new_posts_count_one, "{n} new post", "{n} nouvelle publication")                                   \
    X(APP, new_posts_count_other, "{n} new posts", "{n} nouvelles publications")                              \
    X(APP, new_badge, "New", "Nouveau")                                                                       \
    X(APP, joined, "You joined this channel.", "Vous avez rejoint cette chaîne.")                             \
    X(APP, left, "You left this channel.", "Vous avez quitté cette chaîne.")                                  \
    X(APP, join_failed, "Could not join. Check your connection and try again.",                               \
      "Impossible de rejoindre la chaîne. Vérifiez votre connexion et réessayez.")                            \
    X(APP, approved, "Your request was approved.", "Votre demande a été approuvée.")                          \
    X(APP, transfer_help,                                                                                     \
      "Open this link on your other device within 15 minutes. It works once, and that device "                \
      "will then read the same channels.",                                                                    \
      "Ouvrez ce lien sur votre autre appareil dans les 15 minutes. Il ne sert qu’une fois, "               \
      "et cet appareil lira ensuite les mêmes chaînes.")                                                      \
    X(APP, transfer_no_qr, "This link is too long for a QR code: copy it instead.",                           \
      "Ce lien est trop long pour un code QR : copiez-le.")                                                   \
    X(APP, transfer_failed, "Could not make a link. Join a channel first, or try again.",                     \
      "Impossible de créer un lien. Rejoignez d’abord une chaîne, ou réessayez.")                             \
    X(APP, copy, "Copy link", "Copier le lien")                                                               \
    X(APP, copied, "Copied", "Copié")                                                                         \
    X(APP, close, "Close", "Fermer")                                                                          \
    X(APP, qr_label, "QR code of the link", "Code QR du lien")                                                \
    X(APP, notify_h, "Notifications", "Notifications")                                                        \
    X(APP, notify_badge_on, "On", "Activées")                                                                 \
    X(APP, notify_badge_off, "Off", "Désactivées")                                                            \
    X(APP, notify_state_on, "Notifications are on for this channel on this device.",                          \
      "Les notifications sont activées pour cette chaîne sur cet appareil.")                                  \
    X(APP, notify_state_off, "Notifications are off for this channel on this device.",                        \
      "Les notifications sont désactivées pour cette chaîne sur cet appareil.")                               \
    X(APP, notify_blocked,                                                                                    \
      "Your browser blocks notifications from this site. Allow them in the "                                  \
      "site settings, then reload the page.",                                                                 \
      "Votre navigateur bloque les notifications de ce site. Autorisez-les "                                  \
      "dans les réglages du site, puis rechargez la page.")                                                   \
    X(APP, notify_unsupported, "This browser cannot receive notifications.",                                  \
      "Ce navigateur ne peut pas recevoir de notifications.")                                                 \
    X(APP, notify_ios,                                                                                        \
      "On iPhone and iPad, notifications work in the app on the home screen: "                                \
      "tap Share, then “Add to Home Screen”, and open the channel from there.",                               \
      "Sur iPhone et iPad, les notifications fonctionnent dans l’app de "                                   \
      "l’écran d’accueil : touchez Partager, puis « Sur l’écran d’accueil », "                    \
      "et ouvrez la chaîne depuis là.")                                                                       \
    X(APP, notify_what, "What rings", "Ce qui sonne")                                                         \
    X(APP, notify_selections, "Selections only", "Les sélections seulement")                                  \
    X(APP, notify_important, "Important posts and selections",                                                \
      "Les publications importantes et les sélections")                                                       \
    X(APP, notify_all, "Every post", "Toutes les publications")                                               \
    X(APP, notify_none, "Nothing", "Rien")                                                                    \
    X(APP, notify_quiet, "Quiet hours", "Heures calmes")                                                      \
    X(APP, notify_quiet_on, "Hold notifications during these hours (breaking news still rings)",              \
      "Retenir les notifications pendant ces heures (l’urgent sonne quand "                                 \
      "même)")                                                                                                \
    X(APP, notify_from, "From", "De")                                                                         \
    X(APP, notify_to, "To", "À")                                                                              \
    X(APP, notify_hour, "My selection hour", "Mon heure de sélection")                                        \
    X(APP, notify_hour_help, "Leave empty for the channel’s hour.",                                           \
      "Laissez vide pour l’heure de la chaîne.")                                                              \
    X(APP, notify_morning, "Morning", "Matin")                                                                \
    X(APP, notify_evening, "Evening", "Soir")                                                                 \
    X(APP, notify_tz, "Time zone", "Fuseau horaire")                                                          \
    X(APP, notify_tz_bad, "This time zone is unknown.", "Ce fuseau horaire est inconnu.")                     \
    X(APP, notify_turn_on, "Turn on notifications", "Activer les notifications")                              \
    X(APP, notify_save, "Save", "Enregistrer")                                                                \
    X(APP, notify_turn_off, "Turn off notifications", "Désactiver les notifications")                         \
    X(APP, notify_saved, "Saved.", "Enregistré.")                                                             \
    X(APP, notify_failed, "Could not save. Check your connection and try again.",                             \
      "Impossible d’enregistrer. Vérifiez votre connexion et réessayez.")                                     \
    X(APP, notify_denied, "Notifications were not allowed.",                                                  \
      "Les notifications n’ont pas été autorisées.")                                                          \
    X(APP, notify_generic, "New posts", "Nouvelles publications")                                             \
    X(APP, email_h, "By email", "Par e-mail")                                                                 \
    X(APP, email_address, "Email address", "Adresse e-mail")                                                  \
    X(APP, email_selections, "Selections", "Les sélections")                                                  \
    X(APP, email_important, "Selections and breaking news", "Les sélections et l’urgent")                     \
    X(APP, email_submit, "Send me emails", "M’envoyer des e-mails")                                           \
    X(APP, email_sent, "Check your inbox to confirm.",                                                        \
      "Vérifiez votre boîte de réception pour confirmer.")                                                    \
    X(APP, email_failed, "Could not subscribe this address. Check it and try again.",                         \
      "Impossible d’inscrire cette adresse. Vérifiez-la et réessayez.")

enum page_text_who { PAGE_TEXT_PAGE = 1, PAGE_TEXT_APP = 2, PAGE_TEXT_BOTH = 3 };

/* The strings of one language, a field per key. */
struct page_text {
    const char *code, *locale; /* "en", "en_US" */
#define PAGE_TEXT_FIELD(who, key, en, fr) const char *key;
    PAGE_TEXTS(PAGE_TEXT_FIELD)
#undef PAGE_TEXT_FIELD
};

extern const struct page_text page_text_en, page_text_fr;

/* The table of lang ("fr" or "en", as page_lang returns). */
const struct page_text *page_text_for(const char *lang);

/* 1 when a count of n takes the _one variant in tx's language: 1 in
 * English; 0 and 1 in French. web/i18n.js applies the same rule. */
int page_text_one(const struct page_text *tx, long long n);

/* The table as rows, for tools/strings. */
struct page_text_row {
    enum page_text_who who;
    const char *key, *en, *fr;
};
extern const struct page_text_row page_text_rows[];
extern const size_t page_text_nrows;

#endif
