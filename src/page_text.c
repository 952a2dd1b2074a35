/*
 * page_text: the UI strings of the server-rendered pages, one table per
 * language.
 */
#include "page_text.h"

#include <string.h>

const struct page_text page_text_en = {
    .code = "en",
    .locale = "en_US",
    .skip = "Skip to content",
    .nav_label = "Main",
    .my_channels = "My channels",
    .public_channels = "Public channels",
    .no_channels = "You have not joined a channel on this device yet.",
    .no_public = "There is no public channel yet.",
    .join = "Join",
    .leave = "Leave",
    .member1 = "member",
    .members = "members",
    .pending_badge = "Waiting for approval",
    .private_badge = "Private",
    .atom = "Atom feed",
    .latest = "Latest posts",
    .no_posts = "No posts yet.",
    .older = "Older posts",
    .newest = "Latest posts",
    .source = "Source",
    .credit = "Credit:",
    .edited = "Edited",
    .breaking = "Breaking",
    .important = "Important",
    .selection = "Selection",
    .unread1 = "unread",
    .unread = "unread",
    .new_posts = "New posts",
    .mark_read = "Mark as read",
    .transfer = "Move to another device",
    .back_to = "Back to",
    .nf_title = "Not found",
    .nf_channel = "There is no channel at this address.",
    .nf_post = "This post does not exist, or it was deleted.",
    .nf_page = "There is nothing at this address.",
    .pend_title = "Waiting for approval",
    .pend_text = "Your request to join this channel was sent. An admin must approve it; this "
                 "page opens the channel by itself once that is done.",
    .inv_kicker = "You are invited to join",
    .inv_approval = "An admin approves each request to join.",
    .inv_member = "You are already a member of this channel.",
    .open_channel = "Open the channel",
    .inv_expired = "This invite has expired",
    .inv_revoked = "This invite was revoked",
    .inv_used = "This invite has been used up",
    .inv_unknown = "This invite link is not valid",
    .inv_hint = "Ask whoever sent it to you for a new link.",
    .dev_title = "Use this device",
    .dev_text = "This one-time link moves your reading from another device to this one: the "
                "same channels, the same unread posts.",
    .dev_button = "Use this device",
    .dev_expired = "This link has expired",
    .dev_used = "This link was already used",
    .dev_unknown = "This link is not valid",
    .dev_hint = "Make a new one on your other device with “Move to another "
                "device”.",
    .csrf_title = "This form has expired",
    .csrf_text = "Reload the page and try again.",
    .err_title = "Something went wrong",
    .err_text = "Please try again in a moment.",
    .method_title = "Method not allowed",
    .busy_title = "Too many requests",
    .busy_text = "Many people joined from this connection in a short time. Please try again in a "
                 "minute.",
};

const struct page_text page_text_fr = {
    .code = "fr",
    .locale = "fr_FR",
    .skip = "Aller au contenu",
    .nav_label = "Principal",
    .my_channels = "Mes chaînes",
    .public_channels = "Chaînes publiques",
    .no_channels = "Vous n’avez encore rejoint aucune chaîne sur cet appareil.",
    .no_public = "Il n’y a pas encore de chaîne publique.",
    .join = "Rejoindre",
    .leave = "Quitter",
    .member1 = "membre",
    .members = "membres",
    .pending_badge = "En attente d’approbation",
    .private_badge = "Privée",
    .atom = "Flux Atom",
    .latest = "Dernières publications",
    .no_posts = "Aucune publication pour l’instant.",
    .older = "Publications plus anciennes",
    .newest = "Dernières publications",
    .source = "Source",
    .credit = "Crédit :",
    .edited = "Modifié",
    .breaking = "Urgent",
    .important = "Important",
    .selection = "Sélection",
    .unread1 = "non lu",
    .unread = "non lus",
    .new_posts = "Nouvelles publications",
    .mark_read = "Marquer comme lu",
    .transfer = "Passer à un autre appareil",
    .back_to = "Retour à",
    .nf_title = "Page introuvable",
    .nf_channel = "Il n’y a pas de chaîne à cette adresse.",
    .nf_post = "Cette publication n’existe pas, ou elle a été "
               "supprimée.",
    .nf_page = "Il n’y a rien à cette adresse.",
    .pend_title = "En attente d’approbation",
    .pend_text = "Votre demande pour rejoindre cette chaîne a été "
                 "envoyée. Un administrateur doit l’approuver ; "
                 "cette page ouvrira la chaîne d’elle-même une fois "
                 "que ce sera fait.",
    .inv_kicker = "Vous êtes invité à rejoindre",
    .inv_approval = "Chaque demande est approuvée par un administrateur.",
    .inv_member = "Vous êtes déjà membre de cette chaîne.",
    .open_channel = "Ouvrir la chaîne",
    .inv_expired = "Cette invitation a expiré",
    .inv_revoked = "Cette invitation a été révoquée",
    .inv_used = "Cette invitation a atteint son nombre maximal d’utilisations",
    .inv_unknown = "Ce lien d’invitation n’est pas valide",
    .inv_hint = "Demandez un nouveau lien à la personne qui vous l’a "
                "envoyé.",
    .dev_title = "Utiliser cet appareil",
    .dev_text = "Ce lien à usage unique transfère votre lecture d’un "
                "autre appareil vers celui-ci : les mêmes chaînes, les "
                "mêmes publications non lues.",
    .dev_button = "Utiliser cet appareil",
    .dev_expired = "Ce lien a expiré",
    .dev_used = "Ce lien a déjà été utilisé",
    .dev_unknown = "Ce lien n’est pas valide",
    .dev_hint = "Créez-en un nouveau sur votre autre appareil avec « "
                "Passer à un autre appareil ».",
    .csrf_title = "Ce formulaire a expiré",
    .csrf_text = "Rechargez la page et réessayez.",
    .err_title = "Une erreur est survenue",
    .err_text = "Réessayez dans un instant.",
    .method_title = "Méthode non autorisée",
    .busy_title = "Trop de demandes",
    .busy_text = "Beaucoup de personnes ont rejoint des chaînes depuis cette connexion en peu de "
                 "temps. Réessayez dans une minute.",
};

const struct page_text *page_text_for(const char *lang)
{
    return strcmp(lang, "fr") == 0 ? &page_text_fr : &page_text_en;
}
