// Word lists of the large organisation « Grande Coop »: a fictional federation of tiers-lieux,
// food shops and workshops. Names are assembled from these lists by large-names.ts.

export const FIRST_NAMES = [
  "Camille", "Malik", "Léna", "Bastien", "Aïcha", "Jonas", "Solène", "Yanis", "Inès", "Hugo", "Chloé", "Karim",
  "Manon", "Théo", "Sarah", "Nathan", "Zoé", "Mehdi", "Louise", "Antoine", "Fatou", "Julien", "Elsa", "Rémi",
  "Amandine", "Samir", "Clara", "Baptiste", "Nadia", "Quentin", "Mathilde", "Omar", "Justine", "Lucas", "Awa",
  "Gaëlle", "Pierre", "Salomé", "Tristan", "Noémie", "Idriss", "Margaux", "Victor", "Leïla", "Florian", "Anaïs",
] as const;

export const LAST_NAMES = [
  "Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David",
  "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent",
  "Muller", "Lefebvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier",
  "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry",
  "Roussel", "Mathieu", "Gautier", "Masson", "Marchand", "Duval", "Denis", "Benali", "Diallo", "Nguyen", "Traoré",
] as const;

/** Areas of activity: poles are « Pôle <area> », other circles combine an area and a place. */
export const AREAS = [
  "Alimentation", "Culture", "Habitat", "Mobilité", "Énergie", "Numérique", "Jardins", "Artisanat", "Éducation",
  "Santé", "Solidarité", "Agriculture", "Réemploi", "Accueil", "Événements", "Finances", "Formation", "Recherche",
  "Édition", "Restauration", "Petite enfance", "Sport", "Musique", "Théâtre", "Arts plastiques", "Bricolage",
  "Couture", "Vélo", "Épicerie", "Brasserie", "Boulangerie", "Compost", "Semences", "Forêt", "Eau", "Bâtiment",
] as const;

export const PLACES = [
  "Nord", "Sud", "Est", "Ouest", "Centre", "des Halles", "de la Gare", "du Port", "des Quais", "de la Colline",
  "du Marché", "des Tanneurs", "du Canal", "de Bellevue", "des Lilas", "du Moulin", "de la Friche", "du Plateau",
  "des Pentes", "de la Croix-Rousse", "de Montreuil", "de Villeurbanne", "de Rezé", "de Bègles", "du Vieux-Lille",
] as const;

export const PROJECT_WORDS = [
  "Jardin partagé", "Festival d’été", "Ressourcerie", "Cantine solidaire", "Tiers-lieu", "Fablab", "Café associatif",
  "Chantier participatif", "Marché de producteurs", "Repair café", "Friperie", "Atelier vélo", "Université populaire",
  "Rénovation de la halle", "Ferme urbaine", "Journal du quartier", "Radio locale", "Résidence d’artistes",
  "Plateforme de covoiturage", "Groupement d’achats", "Centrale solaire", "Maison des communs",
] as const;

export const SUPPORT_FUNCTIONS = [
  "Comptabilité", "Communication", "Ressources humaines", "Informatique", "Juridique", "Trésorerie", "Logistique",
  "Secrétariat général", "Partenariats", "Recherche de financements", "Qualité", "Sécurité", "Entretien",
  "Vie coopérative", "Accueil des nouveaux", "Gestion des locaux", "Achats", "Relations presse",
] as const;

export const GROUP_WORDS = [
  "Groupe de travail", "Groupe d’entraide", "Groupe de réflexion", "Comité", "Collectif", "Cellule", "Atelier",
  "Commission", "Équipe", "Réseau",
] as const;

export const GROUP_TOPICS = [
  "écologie", "inclusion", "gouvernance", "bénévolat", "éthique", "pédagogie", "convivialité", "numérique libre",
  "égalité", "sobriété", "accessibilité", "circuits courts", "mémoire", "jeunesse", "aînés", "quartiers",
] as const;

export const ROLE_NOUNS = [
  "Accueil", "Animation", "Trésorerie", "Logistique", "Coordination", "Médiation", "Communication", "Veille",
  "Approvisionnement", "Planning", "Facturation", "Archives", "Maintenance", "Inventaire", "Billetterie", "Cuisine",
  "Bénévolat", "Partenariats", "Formation", "Relations adhérents", "Site web", "Réseaux sociaux", "Photographie",
  "Graphisme", "Sécurité", "Hygiène", "Entretien", "Régie", "Programmation", "Médiation culturelle", "Subventions",
  "Paie", "Recrutement", "Tutorat", "Documentation", "Outils numériques", "Qualité", "Ventes", "Réception",
  "Transport", "Stocks", "Compostage", "Arrosage", "Semis", "Atelier réparation", "Prêt de matériel", "Boutique",
] as const;

export const ROLE_QUALIFIERS = [
  "", "", "", "des bénévoles", "du public", "des adhérents", "des partenaires", "du site", "du lieu",
  "des événements", "des stocks", "du quartier", "des salles", "du matériel", "des ateliers", "des enfants",
  "des producteurs", "des fournisseurs", "de la boutique", "du café", "des formations", "des résidents",
] as const;

/** Verbs at the head of accountabilities (verb phrases); « Animer » is the bench's search word. */
export const VERBS = [
  "Animer", "Organiser", "Tenir à jour", "Suivre", "Coordonner", "Préparer", "Accueillir", "Informer", "Gérer",
  "Veiller à", "Planifier", "Documenter", "Évaluer", "Relancer", "Répondre à", "Entretenir", "Proposer",
  "Rédiger", "Former", "Mesurer", "Recenser", "Publier", "Négocier", "Vérifier", "Accompagner", "Représenter",
  "Faciliter", "Archiver", "Budgéter", "Commander",
] as const;

export const OBJECTS = [
  "la communauté des bénévoles", "le budget", "les inscriptions", "le planning des salles", "les commandes",
  "les relations avec les partenaires", "la lettre d’information", "le site web", "les stocks", "la caisse",
  "les contrats", "les demandes de subvention", "l’accueil des nouveaux membres", "les réunions d’équipe",
  "les outils numériques", "le matériel", "les ateliers", "la programmation", "les factures", "les adhésions",
  "les retours des usagers", "la sécurité du lieu", "les plannings de permanence", "les fournisseurs",
  "les conventions", "le compte-rendu des réunions", "les indicateurs", "les formations internes",
  "le règlement intérieur", "les clés et badges", "le tri des déchets", "les dons", "la billetterie",
  "les réseaux sociaux", "les relations presse", "les assurances", "les données personnelles",
] as const;

export const COMPLEMENTS = [
  "", "", "", "", "chaque semaine", "chaque mois", "avec les autres pôles", "du cercle", "pour l’ensemble de la coopérative",
  "en lien avec la trésorerie", "selon la politique du cercle", "avant chaque événement", "au fil de l’eau",
] as const;

export const PURPOSE_STARTS = [
  "Que", "Faire en sorte que", "Veiller à ce que", "Permettre que",
] as const;

export const PURPOSE_SUBJECTS = [
  "chacun trouve sa place", "les habitants du quartier se rencontrent", "nos ressources soient bien employées",
  "le lieu reste ouvert et accueillant", "les projets aboutissent", "les bénévoles aient envie de revenir",
  "l’argent circule localement", "rien ne se perde", "les savoir-faire se transmettent",
  "les décisions soient comprises de tous", "la coopérative dure", "chacun puisse apprendre",
] as const;

export const DOMAIN_NAMES = [
  "Budget", "Clés du local", "Site web", "Compte bancaire", "Agenda partagé", "Réseaux sociaux", "Stock",
  "Véhicule", "Salle polyvalente", "Liste de diffusion", "Outils partagés", "Caisse", "Cuisine", "Jardin",
  "Atelier", "Archives", "Matériel son", "Boutique en ligne", "Fichier des adhérents", "Local vélo",
] as const;

export const POLICY_TITLES = [
  "Dépenses courantes", "Usage des salles", "Accueil des bénévoles", "Prêt du matériel", "Horaires d’ouverture",
  "Partage des clés", "Communication externe", "Remboursement des frais", "Données personnelles",
  "Achats responsables", "Sécurité des événements", "Temps de travail", "Télétravail", "Sollicitation des pôles",
] as const;

export const FOCUSES = [
  "Site Nord", "Site Sud", "Bénévoles", "Partenaires publics", "Le week-end", "Les écoles", "Les entreprises",
  "Événements d’été", "Nouveaux adhérents", "Outils numériques",
] as const;
