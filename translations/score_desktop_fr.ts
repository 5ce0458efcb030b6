<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../score_desktop/ui/actions/action_dialog.py" line="25"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_dialog.py" line="32"/>
        <source>Open visit</source>
        <translation>Ouvrir la visite</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_dialog.py" line="35"/>
        <source>Delete action</source>
        <translation>Supprimer l&apos;action</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_dialog.py" line="55"/>
        <source>agreed at the visit of {date}</source>
        <translation>convenue lors de la visite du {date}</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="48"/>
        <source>What will the EIT do?</source>
        <translation>Que va faire l&apos;EIT ?</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="62"/>
        <source>a year, local currency</source>
        <translation>par an, monnaie locale</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="64"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="64"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="64"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="65"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="65"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="66"/>
        <source>Expected saving</source>
        <translation>Économie prévue</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="66"/>
        <source>Done on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="67"/>
        <source>Actual saving</source>
        <translation>Économie réelle</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="67"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="85"/>
        <source>Agreed at a signed visit: what was agreed stays as signed; its progress (status, done on, actual saving, note) is still written here.</source>
        <translation>Convenue lors d&apos;une visite signée : ce qui a été convenu reste tel que signé ; son avancement (statut, date de réalisation, économie réelle, note) se note toujours ici.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="174"/>
        <source>(nobody yet)</source>
        <translation>(personne pour l&apos;instant)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="179"/>
        <source>{name} (left the EIT)</source>
        <translation>{name} (a quitté l&apos;EIT)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="201"/>
        <source>{name} has left the EIT. The action stays theirs until you choose a current member.</source>
        <translation>{name} a quitté l&apos;EIT. L&apos;action reste à sa charge jusqu&apos;à ce que vous choisissiez un membre actuel.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="209"/>
        <source>(not written yet)</source>
        <translation>(pas encore écrit)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="210"/>
        <source>From the finding: &lt;a href=&quot;{id}&quot;&gt;{text}&lt;/a&gt;</source>
        <translation>Du constat : &lt;a href=&quot;{id}&quot;&gt;{text}&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>ActionFilters</name>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="25"/>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="104"/>
        <source>All enterprises</source>
        <translation>Toutes les entreprises</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="27"/>
        <source>All modules</source>
        <translation>Tous les modules</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="30"/>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="113"/>
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="32"/>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="33"/>
        <source>To do (open or in progress)</source>
        <translation>À faire (ouvertes ou en cours)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="36"/>
        <source>Due any time</source>
        <translation>Toute échéance</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="37"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="38"/>
        <source>Due this week</source>
        <translation>Échéance cette semaine</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="41"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="47"/>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="47"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="48"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="48"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="49"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>ActionPlan</name>
    <message>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="39"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="40"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="41"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="42"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="43"/>
        <source>After photos</source>
        <translation>Photos après</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="47"/>
        <source>New action from finding</source>
        <translation>Nouvelle action à partir du constat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="49"/>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="88"/>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="51"/>
        <source>Open action…</source>
        <translation>Ouvrir l&apos;action…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="54"/>
        <source>No actions agreed at this visit yet. Choose a finding and press Ctrl+T to turn its recommendation into an action.</source>
        <translation>Aucune action convenue lors de cette visite pour l&apos;instant. Choisissez un constat et appuyez sur Ctrl+T pour faire de sa recommandation une action.</translation>
    </message>
</context>
<context>
    <name>ActionsScreen</name>
    <message>
        <source>Show done and dropped actions too</source>
        <translation type="vanished">Afficher aussi les actions terminées et abandonnées</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="41"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="42"/>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="43"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="44"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="45"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="47"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="66"/>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="185"/>
        <source>Open visit</source>
        <translation>Ouvrir la visite</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="81"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="85"/>
        <source>F2 changes the status; Enter opens the visit.</source>
        <translation>F2 change le statut ; Entrée ouvre la visite.</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="138"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="186"/>
        <source>Open enterprise</source>
        <translation>Ouvrir l&apos;entreprise</translation>
    </message>
</context>
<context>
    <name>AddParticipantsDialog</name>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="50"/>
        <source>Add participants</source>
        <extracomment>How many people were just added (for the screen&apos;s status line).</extracomment>
        <translation>Ajouter des participants</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="65"/>
        <source>Add the ticked members</source>
        <translation>Ajouter les membres cochés</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="68"/>
        <source>From the enterprise&apos;s EIT</source>
        <translation>Dans l&apos;équipe d&apos;amélioration de l&apos;entreprise</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="84"/>
        <source>Also add to the EIT</source>
        <translation>Ajouter aussi à l&apos;équipe d&apos;amélioration</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="86"/>
        <source>Add person</source>
        <translation>Ajouter la personne</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="89"/>
        <source>A new person</source>
        <translation>Une nouvelle personne</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="91"/>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="164"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="92"/>
        <source>Manager or worker</source>
        <translation>Cadre ou travailleur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="93"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="94"/>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="164"/>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="110"/>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="134"/>
        <source>%n member(s) of the EIT already take part.</source>
        <translation>
            <numerusform>%n membre de l&apos;équipe d&apos;amélioration participe déjà.</numerusform>
            <numerusform>%n membres de l&apos;équipe d&apos;amélioration participent déjà.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="143"/>
        <source>Tick the members who attend first.</source>
        <translation>Cochez d&apos;abord les membres présents.</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="146"/>
        <source>%n participant(s) added.</source>
        <translation>
            <numerusform>%n participant ajouté.</numerusform>
            <numerusform>%n participants ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="153"/>
        <source>Type the person&apos;s name first.</source>
        <translation>Saisissez d&apos;abord le nom de la personne.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="166"/>
        <source>{name} added.</source>
        <translation>{name} ajouté.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../score_desktop/ui/app.py" line="153"/>
        <source>SCORE Desktop is already open on this workspace, in another window.</source>
        <extracomment>The developers&apos; language: every string 40 % longer (ui/core/pseudo.py), to see layouts that would cut a translation. What the first screen does without: loaded when first used (sync, photos, reports), after the window is ready.</extracomment>
        <translation>SCORE Desktop est déjà ouvert sur cet espace de travail, dans une autre fenêtre.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="128"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="128"/>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="128"/>
        <source>Manager or worker</source>
        <translation>Cadre ou travailleur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="128"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="129"/>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="133"/>
        <source>Day {number}
{date}</source>
        <translation>Jour {number}
{date}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="148"/>
        <source>Space ticks or unticks {name} on {date}</source>
        <translation>La barre d&apos;espace coche ou décoche {name} le {date}</translation>
    </message>
</context>
<context>
    <name>AttendeesDialog</name>
    <message>
        <location filename="../score_desktop/ui/visits/attendees_dialog.py" line="21"/>
        <source>Attendees from the EIT</source>
        <translation>Participants de l&apos;EIT</translation>
    </message>
</context>
<context>
    <name>BeforeAfter</name>
    <message>
        <location filename="../score_desktop/ui/actions/before_after.py" line="34"/>
        <location filename="../score_desktop/ui/actions/before_after.py" line="68"/>
        <source>The finding has no photos.</source>
        <extracomment>Before and after are compared, not browsed: bigger than a finding&apos;s thumbnails.</extracomment>
        <translation>Le constat n&apos;a pas de photos.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/before_after.py" line="42"/>
        <source>Before: the finding&apos;s photos</source>
        <translation>Avant : photos du constat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/before_after.py" line="43"/>
        <source>After: photos of the work done</source>
        <translation>Après : photos du travail fait</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/before_after.py" line="69"/>
        <source>This action was not made from a finding.</source>
        <translation>Cette action n&apos;a pas été créée à partir d&apos;un constat.</translation>
    </message>
</context>
<context>
    <name>CarriedActions</name>
    <message>
        <location filename="../score_desktop/ui/visits/carried_actions.py" line="66"/>
        <source>Tick an action when it is done; double-click it (or press Enter) for its details and photos.</source>
        <extracomment>An action id: the trainer wants its details (to add an &quot;after&quot; photo, change the owner, ...).</extracomment>
        <translation>Cochez une action quand elle est faite ; double-cliquez (ou appuyez sur Entrée) pour ses détails et ses photos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/visits/carried_actions.py" line="78"/>
        <source>%n open action(s) from earlier visits</source>
        <translation>
            <numerusform>%n action ouverte issue des visites précédentes</numerusform>
            <numerusform>%n actions ouvertes issues des visites précédentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarriedActionsModel</name>
    <message>
        <location filename="../score_desktop/ui/visits/carried_actions.py" line="33"/>
        <source>due {date}</source>
        <translation>échéance le {date}</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../score_desktop/ui/visits/checklist_model.py" line="126"/>
        <source>Free findings</source>
        <extracomment>Last time&apos;s worst rating per topic, and the topics whose good practice is in place at this visit.</extracomment>
        <translation>Autres constats</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/checklist_model.py" line="134"/>
        <source>Findings that belong to no checklist topic</source>
        <translation>Constats qui ne relèvent d&apos;aucun point de la liste de contrôle</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/checklist_model.py" line="137"/>
        <source>Last time: {rating}</source>
        <translation>La dernière fois : {rating}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/checklist_model.py" line="140"/>
        <source>Good practice in place at this visit</source>
        <translation>Bonne pratique en place lors de cette visite</translation>
    </message>
</context>
<context>
    <name>ConflictEditDialog</name>
    <message>
        <location filename="../score_desktop/ui/sync/sync_conflict_dialog.py" line="27"/>
        <source>Edit the value</source>
        <translation>Modifier la valeur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_conflict_dialog.py" line="44"/>
        <source>Mine:</source>
        <translation>Ma version&#xa0;:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_conflict_dialog.py" line="45"/>
        <source>Theirs:</source>
        <translation>L&apos;autre version&#xa0;:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_conflict_dialog.py" line="48"/>
        <source>The value you save here goes to everyone with the next sync.</source>
        <translation>La valeur enregistrée ici sera transmise à tous lors de la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_conflict_dialog.py" line="94"/>
        <source>Please write a number.</source>
        <translation>Veuillez saisir un nombre.</translation>
    </message>
</context>
<context>
    <name>ConflictSidePanel</name>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="50"/>
        <source>the record holds this now</source>
        <translation>valeur actuelle de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="50"/>
        <source>set aside</source>
        <translation>mise de côté</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="51"/>
        <source>{who}, {when} · {stands}</source>
        <translation>{who}, {when} · {stands}</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="24"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visite</numerusform>
            <numerusform>%n visites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="26"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="28"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="30"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="32"/>
        <source>%n EIT member(s)</source>
        <translation>
            <numerusform>%n membre de l&apos;EIT</numerusform>
            <numerusform>%n membres de l&apos;EIT</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="34"/>
        <source>%n KPI reading(s)</source>
        <translation>
            <numerusform>%n relevé de KPI</numerusform>
            <numerusform>%n relevés de KPI</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="36"/>
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="38"/>
        <source>%n participant(s) in classroom sessions</source>
        <translation>
            <numerusform>%n participant aux sessions en salle</numerusform>
            <numerusform>%n participants aux sessions en salle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="40"/>
        <source>%n good practice check(s)</source>
        <translation>
            <numerusform>%n vérification de bonne pratique</numerusform>
            <numerusform>%n vérifications de bonnes pratiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="44"/>
        <source>{name} has %n signed visit(s). A signed visit is the enterprise&apos;s signed record: it is not deleted. If the enterprise was entered by mistake, reopen its signed visits (with that reason) first.</source>
        <translation>
            <numerusform>{name} a %n visite signée. Une visite signée est le document signé de l&apos;entreprise : elle n&apos;est pas supprimée. Si l&apos;entreprise a été saisie par erreur, rouvrez d&apos;abord sa visite signée (avec ce motif).</numerusform>
            <numerusform>{name} a %n visites signées. Une visite signée est le document signé de l&apos;entreprise : elle n&apos;est pas supprimée. Si l&apos;entreprise a été saisie par erreur, rouvrez d&apos;abord ses visites signées (avec ce motif).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="49"/>
        <source>%n action(s) they own keep them as owner until you choose another.</source>
        <translation>
            <numerusform>%n action dont il est responsable le garde comme responsable jusqu&apos;à ce que vous en choisissiez un autre.</numerusform>
            <numerusform>%n actions dont il est responsable le gardent comme responsable jusqu&apos;à ce que vous en choisissiez un autre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaysEditor</name>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="61"/>
        <source>Add the next day</source>
        <translation>Ajouter le jour suivant</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="64"/>
        <source>Remove the last day</source>
        <translation>Retirer le dernier jour</translation>
    </message>
</context>
<context>
    <name>DeleteEnterprise</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/deleting.py" line="35"/>
        <source>Delete {name} and everything recorded for it?</source>
        <translation>Supprimer {name} et tout ce qui a été enregistré pour elle ?</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/deleting.py" line="39"/>
        <source>With it: {parts}.</source>
        <translation>Avec elle : {parts}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/deleting.py" line="40"/>
        <source>Classroom sessions it took part in stay, with the other factories&apos; participants.</source>
        <translation>Les sessions en salle auxquelles elle a participé restent, avec les participants des autres usines.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/deleting.py" line="43"/>
        <source>Delete enterprise</source>
        <translation>Supprimer l&apos;entreprise</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/deleting.py" line="53"/>
        <source>Delete {name} from the EIT?</source>
        <translation>Supprimer {name} de l&apos;EIT ?</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/deleting.py" line="55"/>
        <source>This is for a member added by mistake. Someone who left the team keeps their place in past visits: end their membership instead.</source>
        <translation>Ceci est pour un membre ajouté par erreur. Quelqu&apos;un qui a quitté l&apos;équipe garde sa place dans les visites passées : mettez plutôt fin à son adhésion.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/deleting.py" line="61"/>
        <source>Delete member</source>
        <translation>Supprimer le membre</translation>
    </message>
</context>
<context>
    <name>DeleteVisit</name>
    <message>
        <location filename="../score_desktop/ui/visits/deleting.py" line="25"/>
        <source>This visit is signed: it is the enterprise&apos;s signed record and is not deleted. If it was entered by mistake, reopen it (with that reason) first.</source>
        <translation>Cette visite est signée : c&apos;est le document signé de l&apos;entreprise, elle n&apos;est pas supprimée. Si elle a été saisie par erreur, rouvrez-la d&apos;abord (avec ce motif).</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/deleting.py" line="33"/>
        <source>Delete the {module} visit of {date} at {enterprise}?</source>
        <translation>Supprimer la visite {module} du {date} chez {enterprise} ?</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/deleting.py" line="38"/>
        <source>With it: {parts}.</source>
        <translation>Avec elle : {parts}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/deleting.py" line="40"/>
        <source>The KPI readings typed at it stay: they are the enterprise&apos;s figures.</source>
        <translation>Les relevés de KPI saisis pendant la visite restent : ce sont les chiffres de l&apos;entreprise.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/deleting.py" line="52"/>
        <source>Delete visit</source>
        <translation>Supprimer la visite</translation>
    </message>
</context>
<context>
    <name>Deleting</name>
    <message>
        <location filename="../score_desktop/ui/core/deleting.py" line="61"/>
        <source>, </source>
        <extracomment>The order the parts are named in: what a trainer counts first.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/deleting.py" line="70"/>
        <source>It goes to the Trash; Edit ▸ Undo delete (Ctrl+Z) or the Trash brings it back.</source>
        <translation>Il va dans la Corbeille ; Édition ▸ Annuler la suppression (Ctrl+Z) ou la Corbeille le rétablit.</translation>
    </message>
</context>
<context>
    <name>Deletions</name>
    <message>
        <location filename="../score_desktop/ui/context.py" line="71"/>
        <source>Undo delete</source>
        <extracomment>(visit id, observation id): open the visit on that finding. A screen name of the sidebar (&quot;today&quot;, &quot;enterprises&quot;, ...). A visit id: preview its report (to print or save). An action id: open its editor (owner, due date, status, savings, before and after photos). The Actions screen narrowed by a filter: a dict of ``store.actions.ActionFilter`` fields, e.g. ``{&quot;enterprise_id&quot;: ..., &quot;due&quot;: &quot;overdue&quot;}``. (enterprise id, visit id or &quot;&quot;): enter a new KPI reading. A KPI reading id: change it (before it was synced) or correct it (after). (photo ids, the one to show first): the photo viewer. A classroom training session id: open its page. A visit id: the coordinator&apos;s review page of its report (ui/coordinator/).</extracomment>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/context.py" line="73"/>
        <source>Undo delete photo</source>
        <translation>Annuler la suppression de la photo</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/context.py" line="75"/>
        <source>Undo delete action</source>
        <translation>Annuler la suppression de l&apos;action</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/context.py" line="77"/>
        <source>Undo delete suggestion</source>
        <translation>Annuler la suppression de la suggestion</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/context.py" line="79"/>
        <source>Undo delete enterprise</source>
        <translation>Annuler la suppression de l&apos;entreprise</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/context.py" line="81"/>
        <source>Undo delete visit</source>
        <translation>Annuler la suppression de la visite</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/context.py" line="83"/>
        <source>Undo delete EIT member</source>
        <translation>Annuler la suppression du membre de l&apos;EIT</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/context.py" line="84"/>
        <source>Undo delete finding</source>
        <translation>Annuler la suppression du constat</translation>
    </message>
</context>
<context>
    <name>EitModel</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="37"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="37"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="37"/>
        <source>Manager or worker</source>
        <translation>Cadre ou travailleur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="37"/>
        <source>Gender</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="38"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="38"/>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="38"/>
        <source>Until</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>EitPanel</name>
    <message>
        <source>Add member</source>
        <translation type="vanished">Ajouter un membre</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="92"/>
        <source>Add member…</source>
        <extracomment>A member&apos;s id: the trainer asked to delete them (the screen asks first, saying what it means).</extracomment>
        <translation>Ajouter un membre…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="95"/>
        <source>End membership</source>
        <translation>Retirer de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="97"/>
        <source>The member leaves the team today; past visits still list them.</source>
        <translation>Le membre quitte l&apos;équipe aujourd&apos;hui&#xa0;; les visites passées le mentionnent toujours.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="99"/>
        <source>Delete member…</source>
        <translation>Supprimer le membre…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="101"/>
        <source>For a member added by mistake (to the Trash, with undo).</source>
        <translation>Pour un membre ajouté par erreur (dans la Corbeille, annulable).</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="111"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="111"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="111"/>
        <source>Manager or worker</source>
        <translation>Cadre ou travailleur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="112"/>
        <source>Gender</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="112"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="112"/>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="113"/>
        <source>Member from</source>
        <translation>Membre depuis le</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="113"/>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="179"/>
        <source>{members}: {managers}, {workers} · {women}, {men}</source>
        <comment>the EIT&apos;s balance</comment>
        <translation>{members}&#xa0;: {managers}, {workers} · {women}, {men}</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="180"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="181"/>
        <source>%n manager(s)</source>
        <translation>
            <numerusform>%n cadre</numerusform>
            <numerusform>%n cadres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="182"/>
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n ouvrier</numerusform>
            <numerusform>%n ouvriers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="183"/>
        <source>%n woman(s)</source>
        <translation>
            <numerusform>%n femme</numerusform>
            <numerusform>%n femmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="183"/>
        <source>%n man(s)</source>
        <translation>
            <numerusform>%n homme</numerusform>
            <numerusform>%n hommes</numerusform>
        </translation>
    </message>
    <message>
        <source>{members} members: {managers} managers, {workers} workers · {women} women, {men} men</source>
        <translation type="vanished">{members} membres&#xa0;: {managers} cadres, {workers} travailleurs · {women} femmes, {men} hommes</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="186"/>
        <source>SCORE needs managers and workers in the team.</source>
        <translation>SCORE demande des cadres et des travailleurs dans l&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="188"/>
        <source>Fewer workers than managers.</source>
        <translation>Moins de travailleurs que de cadres.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="190"/>
        <source>No women in the team.</source>
        <translation>Aucune femme dans l&apos;équipe.</translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="vanished">Nouveau membre</translation>
    </message>
</context>
<context>
    <name>EnterpriseForm</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="73"/>
        <source>Enterprise</source>
        <extracomment>Report languages by their own names, so a trainer finds theirs whatever the UI language.</extracomment>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="74"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="75"/>
        <source>Latin name</source>
        <translation>Nom en caractères latins</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="76"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="77"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="78"/>
        <source>Sponsoring buyers</source>
        <translation>Acheteurs parrains</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="80"/>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="81"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="82"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="83"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="84"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="86"/>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="87"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="88"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="89"/>
        <source>Managers</source>
        <translation>Cadres</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="90"/>
        <source>Workers</source>
        <translation>Travailleurs</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="99"/>
        <source>Contact and reports</source>
        <translation>Contact et rapports</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="100"/>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="101"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="102"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="103"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="103"/>
        <source>Agrees to share its data with the programme</source>
        <translation>Accepte de partager ses données avec le programme</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="105"/>
        <source>Report language</source>
        <translation>Langue des rapports</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="106"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>EnterpriseScreen</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="37"/>
        <source>New visit…</source>
        <translation>Nouvelle visite…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="40"/>
        <source>Delete enterprise…</source>
        <translation>Supprimer l&apos;entreprise…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="42"/>
        <source>To the Trash, with its visits, EIT and KPIs; Edit ▸ Undo delete brings it all back.</source>
        <translation>Dans la Corbeille, avec ses visites, son EIT et ses KPI ; Édition ▸ Annuler la suppression rétablit tout.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="56"/>
        <source>Enterprise Improvement Team</source>
        <translation>Équipe d&apos;amélioration de l&apos;entreprise (EIT)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="60"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="61"/>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="77"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="62"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="64"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="65"/>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="76"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="78"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="79"/>
        <source>Present every day</source>
        <translation>Présents chaque jour</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="80"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="86"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="114"/>
        <source>Profile, EIT and visits</source>
        <translation>Profil, EIT et visites</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="115"/>
        <source>KPIs</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="116"/>
        <source>Suggestion scheme</source>
        <translation>Système de suggestions</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="vanished">Indicateur</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="vanished">Référence</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="vanished">Dernière valeur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="vanished">Évolution</translation>
    </message>
    <message>
        <source>Latest period</source>
        <translation type="vanished">Dernière période</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="85"/>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>KPI history</source>
        <translation type="vanished">Historique des indicateurs</translation>
    </message>
</context>
<context>
    <name>EnterpriseTableModel</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_model.py" line="25"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_model.py" line="26"/>
        <source>Latin name</source>
        <translation>Nom en caractères latins</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_model.py" line="27"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_model.py" line="28"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_model.py" line="30"/>
        <source>Sponsors</source>
        <translation>Parrains</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_model.py" line="31"/>
        <source>Workers</source>
        <translation>Travailleurs</translation>
    </message>
</context>
<context>
    <name>EnterprisesScreen</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprises_screen.py" line="34"/>
        <source>Enterprises</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprises_screen.py" line="36"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprises_screen.py" line="36"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprises_screen.py" line="36"/>
        <source>Sponsor</source>
        <translation>Parrain</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprises_screen.py" line="37"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprises_screen.py" line="43"/>
        <source>Show only enterprises of this {what}</source>
        <translation>Filtrer les entreprises par {what}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprises_screen.py" line="51"/>
        <source>New enterprise</source>
        <translation>Nouvelle entreprise</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprises_screen.py" line="70"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/enterprises_screen.py" line="93"/>
        <source>%n enterprise(s)</source>
        <translation>
            <numerusform>%n entreprise</numerusform>
            <numerusform>%n entreprises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <location filename="../score_desktop/errors.py" line="81"/>
        <source>enterprise</source>
        <extracomment>What a trainer calls each kind of record (errors name records in these words, never by their code).</extracomment>
        <translation>entreprise</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="82"/>
        <source>EIT member</source>
        <translation>membre de l&apos;équipe d&apos;amélioration</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="83"/>
        <source>training session</source>
        <translation>session de formation</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="84"/>
        <source>attendance record</source>
        <translation>relevé de présence</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="85"/>
        <source>visit</source>
        <translation>visite</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="86"/>
        <source>finding</source>
        <translation>constat</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="87"/>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="88"/>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="89"/>
        <source>KPI reading</source>
        <translation>mesure d&apos;indicateur</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="90"/>
        <source>practice check</source>
        <translation>vérification des pratiques</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="91"/>
        <source>suggestion</source>
        <translation>suggestion</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="92"/>
        <source>review</source>
        <translation>revue</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="93"/>
        <source>review comment</source>
        <translation>commentaire de revue</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../score_desktop/ui/core/errors.py" line="44"/>
        <source>Something went wrong inside SCORE Desktop. Your saved work is safe. Please send the details to your coordinator.</source>
        <translation>Une erreur s&apos;est produite dans SCORE Desktop. Votre travail enregistré est en sécurité. Veuillez envoyer les détails à votre coordinateur.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/errors.py" line="48"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="49"/>
        <location filename="../score_desktop/reports/layout.py" line="62"/>
        <source>The report cannot be saved as {path}: {reason}.</source>
        <extracomment>Printing renders pages as pictures at the printer&apos;s resolution, but no finer than this.</extracomment>
        <translation>Impossible d&apos;enregistrer le rapport sous {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="298"/>
        <source>The printer cannot be used.</source>
        <translation>Impossible d&apos;utiliser l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The workspace folder {path} cannot be opened: {reason}.</source>
        <translation type="vanished">Impossible d&apos;ouvrir le dossier de l&apos;espace de travail {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="31"/>
        <source>Something went wrong.</source>
        <translation>Une erreur s&apos;est produite.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="47"/>
        <source>The disk is full: nothing was saved from this step. Free some space and try again.</source>
        <extracomment>Parameters whose values are themselves English words to translate (in the ``Entities`` context).</extracomment>
        <translation>Le disque est plein&#xa0;: rien n&apos;a été enregistré pour cette étape. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="52"/>
        <source>This workspace was written by a newer SCORE Desktop (format {found}, this app reads up to {supported}). Install the newer version to open it; nothing was changed.</source>
        <translation>Cet espace de travail a été créé par une version plus récente de SCORE Desktop (format {found}&#xa0;; cette application lit jusqu&apos;au format {supported}). Installez la version plus récente pour l&apos;ouvrir&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="59"/>
        <source>The workspace is busy in another program. Close the other SCORE Desktop window and try again.</source>
        <translation>L&apos;espace de travail est utilisé par un autre programme. Fermez l&apos;autre fenêtre de SCORE Desktop et réessayez.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="64"/>
        <source>The workspace folder {path} cannot be created or written: {reason}.</source>
        <translation>Impossible de créer le dossier de l&apos;espace de travail {path} ou d&apos;y écrire&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="68"/>
        <source>The workspace database {path} cannot be read: {reason}. Run &apos;score-desktop check&apos; for details.</source>
        <translation>Impossible de lire la base de données de l&apos;espace de travail {path}&#xa0;: {reason}. Lancez «&#xa0;score-desktop check&#xa0;» pour en savoir plus.</translation>
    </message>
    <message>
        <source>No {entity} with id {record_id} in this workspace.</source>
        <translation type="vanished">Aucun enregistrement {entity} avec l&apos;identifiant {record_id} dans cet espace de travail.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="73"/>
        <source>The workspace database {path} is empty, yet the workspace holds photos or backups: it was damaged, and SCORE Desktop will not start an empty workspace over it. Copy the newest file from {backups} to {path}, or run &apos;score-desktop check&apos;. Nothing was changed.</source>
        <translation>La base de données de l’espace de travail {path} est vide, alors que l’espace de travail contient des photos ou des sauvegardes : elle a été endommagée, et SCORE Desktop ne créera pas un espace de travail vide par-dessus. Copiez le fichier le plus récent de {backups} vers {path}, ou lancez « score-desktop check ». Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="101"/>
        <source>This {what} is no longer in the workspace: it was deleted, or it has not arrived by sync yet.</source>
        <translation>Cet élément ({what}) n&apos;est plus dans l&apos;espace de travail : il a été supprimé, ou il n&apos;est pas encore arrivé par la synchronisation.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="116"/>
        <source>{entity}: {details}</source>
        <translation>{entity}&#xa0;: {details}</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="134"/>
        <source>{name} is not a picture SCORE Desktop can read (it reads JPEG, PNG, WebP, TIFF and BMP).</source>
        <translation>{name} n&apos;est pas une image que SCORE Desktop sait lire (formats acceptés&#xa0;: JPEG, PNG, WebP, TIFF et BMP).</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="136"/>
        <source>{name} is empty (0 bytes).</source>
        <translation>{name} est vide (0 octet).</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="137"/>
        <source>{name} is damaged or incomplete (the picture data ends too early).</source>
        <translation>{name} est endommagé ou incomplet (les données de l&apos;image s&apos;arrêtent trop tôt).</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="138"/>
        <source>{name} is too large: {width} x {height} pixels (at most {limit} megapixels).</source>
        <translation>{name} est trop grand&#xa0;: {width} x {height} pixels (au plus {limit} mégapixels).</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="140"/>
        <source>{name} is too large a file ({megabytes} MB; at most {limit} MB).</source>
        <translation>Le fichier {name} est trop volumineux ({megabytes} Mo&#xa0;; au plus {limit} Mo).</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="141"/>
        <source>{name} cannot be read: {reason}.</source>
        <translation>Impossible de lire {name}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="147"/>
        <source>This visit is signed: its details, findings, photos, actions agreed at it, KPI readings and practice checks stay as they were signed. Reopen the visit with a reason to change them.</source>
        <translation>Cette visite est signée : ses informations, constats, photos, actions convenues, relevés d&apos;indicateurs et vérifications de pratiques restent tels qu&apos;ils ont été signés. Rouvrez la visite en indiquant un motif pour les modifier.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="150"/>
        <source>A signed report is a document: it is never changed or deleted.</source>
        <translation>Un rapport signé est un document : il n&apos;est jamais modifié ni supprimé.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="156"/>
        <source>The export cannot be written to {path}: {reason}. Choose another file.</source>
        <translation>L&apos;export ne peut pas être écrit dans {path} : {reason}. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="157"/>
        <source>The export cannot be written to {path}: it is a folder. Choose a file.</source>
        <translation>L&apos;export ne peut pas être écrit dans {path} : c&apos;est un dossier. Choisissez un fichier.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="158"/>
        <source>The export cannot be written to {path}: its folder does not exist. Choose another file.</source>
        <translation>L&apos;export ne peut pas être écrit dans {path} : son dossier n&apos;existe pas. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="163"/>
        <source>Say why the visit is reopened: the reason is printed in its next signed report.</source>
        <translation>Indiquez pourquoi la visite est rouverte : le motif figure dans son prochain rapport signé.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="170"/>
        <source>Both the trainer and the enterprise&apos;s representative sign, and the representative&apos;s name is typed, before the visit is signed.</source>
        <translation>Avant de signer la visite, le formateur et le représentant de l&apos;entreprise signent, et le nom du représentant est saisi.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="173"/>
        <source>This visit is already signed.</source>
        <translation>Cette visite est déjà signée.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="174"/>
        <source>This visit is not signed, so there is nothing to reopen.</source>
        <translation>Cette visite n&apos;est pas signée : il n&apos;y a rien à rouvrir.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="175"/>
        <source>The visit changed while its report was being made (a sync brought news): sign it again.</source>
        <translation>La visite a changé pendant la création de son rapport (une synchronisation a apporté du nouveau) : signez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="177"/>
        <source>The signed report of this visit is not on this laptop yet. Sync, or sign in, to download it.</source>
        <translation>Le rapport signé de cette visite n&apos;est pas encore sur cet ordinateur. Synchronisez, ou connectez-vous, pour le télécharger.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="179"/>
        <source>The signed report of this visit is damaged on this laptop (its bytes no longer match its SHA-256). Run &apos;score-desktop check&apos;, then sync to download it again.</source>
        <translation>Le rapport signé de cette visite est endommagé sur cet ordinateur (ses octets ne correspondent plus à son SHA-256). Lancez « score-desktop check », puis synchronisez pour le télécharger à nouveau.</translation>
    </message>
    <message>
        <location filename="../score_desktop/reports/layout.py" line="58"/>
        <source>The logo {path} cannot be read: choose a PNG or JPEG picture.</source>
        <translation>Impossible de lire le logo {path}&#xa0;: choisissez une image PNG ou JPEG.</translation>
    </message>
    <message>
        <location filename="../score_desktop/reports/certificates.py" line="31"/>
        <source>Nobody was marked present on every day of this session yet: there is no certificate to print.</source>
        <translation>Personne n&apos;est encore noté présent chaque jour de cette session : aucune attestation à imprimer.</translation>
    </message>
    <message>
        <location filename="../score_desktop/reports/sponsor_data.py" line="24"/>
        <source>No enterprise in this workspace names the sponsor {sponsor}. Sponsors it knows: {known}.</source>
        <translation>Aucune entreprise de cet espace de travail n&apos;a pour parrain {sponsor}. Parrains connus&#xa0;: {known}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="34"/>
        <source>Export for M&amp;E</source>
        <extracomment>Format -&gt; file extension.</extracomment>
        <translation>Exporter pour le S&amp;E</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="45"/>
        <source>Excel workbook (.xlsx)</source>
        <extracomment>The file of the last export that finished, for whoever asks (tests, a future &quot;open folder&quot;).</extracomment>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="46"/>
        <source>CSV files, one per sheet, in a zip (.zip)</source>
        <translation>Fichiers CSV, un par feuille, dans un zip (.zip)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="54"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="60"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="61"/>
        <source>&amp;Language of the sheets:</source>
        <translation>&amp;Langue des feuilles :</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="62"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier :</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="65"/>
        <source>Every record of this workspace, one sheet per kind of record, with who created and last changed each one. Records in the trash are left out.</source>
        <translation>Tous les enregistrements de cet espace de travail, une feuille par type d&apos;enregistrement, avec qui a créé et modifié en dernier chacun d&apos;eux. Les enregistrements de la corbeille sont exclus.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="74"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="75"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="79"/>
        <source>&amp;Cancel export</source>
        <translation>&amp;Annuler l&apos;export</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="102"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="102"/>
        <source>Zip files (*.zip)</source>
        <translation>Fichiers zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="103"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="114"/>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="129"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="153"/>
        <source>Exported %n record(s) to {path}.</source>
        <translation>
            <numerusform>%n enregistrement exporté vers {path}.</numerusform>
            <numerusform>%n enregistrements exportés vers {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="157"/>
        <source>The export failed: nothing was written.</source>
        <translation>L&apos;export a échoué : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="162"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export annulé : rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>FeedbackModel</name>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="208"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="208"/>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="208"/>
        <source>Content useful
(1-5)</source>
        <translation>Contenu utile
(1-5)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="209"/>
        <source>Trainer clear
(1-5)</source>
        <translation>Formateur clair
(1-5)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="209"/>
        <source>Will apply at work
(1-5)</source>
        <translation>L&apos;appliquera au travail
(1-5)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="209"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="243"/>
        <source>{field} must be a score from 1 to 5.</source>
        <translation>{field} doit être une note de 1 à 5.</translation>
    </message>
</context>
<context>
    <name>FinaliseDialog</name>
    <message>
        <location filename="../score_desktop/ui/visits/finalise_dialog.py" line="28"/>
        <source>Finalise the visit</source>
        <translation>Finaliser la visite</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finalise_dialog.py" line="34"/>
        <source>What the signed report would lack</source>
        <extracomment>What the trainer chose: GO_ON, FIX (with :attr:`to_fix`), or None (closed).</extracomment>
        <translation>Ce qui manquerait au rapport signé</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/visits/finalise_dialog.py" line="39"/>
        <source>%n thing(s) to look at before signing</source>
        <translation>
            <numerusform>%n point à regarder avant de signer</numerusform>
            <numerusform>%n points à regarder avant de signer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finalise_dialog.py" line="40"/>
        <source>Ready to sign</source>
        <translation>Prête à signer</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finalise_dialog.py" line="41"/>
        <source>Fix them now, or go on: a visit may be signed without them, and the report shows what was recorded.</source>
        <translation>Corrigez-les maintenant, ou continuez : une visite peut être signée sans eux, et le rapport montre ce qui a été enregistré.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finalise_dialog.py" line="43"/>
        <source>Everything a signed report needs is recorded. Go on to sign it.</source>
        <translation>Tout ce dont un rapport signé a besoin est enregistré. Continuez pour la signer.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finalise_dialog.py" line="45"/>
        <source>&amp;Go on to sign</source>
        <translation>&amp;Continuer vers la signature</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finalise_dialog.py" line="47"/>
        <source>&amp;Fix it</source>
        <translation>Co&amp;rriger</translation>
    </message>
</context>
<context>
    <name>FindingEditor</name>
    <message>
        <location filename="../score_desktop/ui/visits/finding_editor.py" line="35"/>
        <source>Line, workshop or place</source>
        <translation>Ligne, atelier ou lieu</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finding_editor.py" line="41"/>
        <source>What did you see?</source>
        <translation>Qu&apos;avez-vous constaté&#xa0;?</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finding_editor.py" line="43"/>
        <source>What should the EIT do about it?</source>
        <translation>Que doit faire l&apos;équipe d&apos;amélioration à ce sujet&#xa0;?</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finding_editor.py" line="45"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finding_editor.py" line="45"/>
        <source>Rating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finding_editor.py" line="45"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finding_editor.py" line="46"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finding_editor.py" line="71"/>
        <source>No finding for this topic yet. Rate the topic with 1-4, or press Ctrl+N to write a finding; drop photos here to start one with them.</source>
        <translation>Aucun constat pour ce point pour l&apos;instant. Évaluez le point de 1 à 4, ou appuyez sur Ctrl+N pour rédiger un constat&#xa0;; déposez des photos ici pour en commencer un avec elles.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../score_desktop/ui/visits/checklist_model.py" line="153"/>
        <source>Rating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/checklist_model.py" line="153"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/checklist_model.py" line="153"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/checklist_model.py" line="153"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/checklist_model.py" line="179"/>
        <source>(not written yet)</source>
        <translation>(pas encore rédigé)</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="36"/>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="70"/>
        <source>Welcome to {app}</source>
        <extracomment>How the trainer chose to begin (SIGN_IN, NEW_ENTERPRISE, DEMO or LATER), after the answers were saved.</extracomment>
        <translation>Bienvenue dans {app}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="41"/>
        <source>As it appears on your reports</source>
        <extracomment>The language was changed here: it takes effect at the next start.</extracomment>
        <translation>Tel qu&apos;il figurera sur vos rapports</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="48"/>
        <source>SCORE Desktop keeps your enterprises, visits, findings with photos, action plans and KPIs on this laptop, with or without a network, and prints each visit report in the factory&apos;s language. A few words about you first: they go on your reports.</source>
        <translation>SCORE Desktop garde sur cet ordinateur vos entreprises, visites, constats avec photos, plans d&apos;action et indicateurs, avec ou sans réseau, et imprime chaque rapport de visite dans la langue de l&apos;usine. D&apos;abord quelques mots sur vous : ils figureront sur vos rapports.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="53"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="54"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="55"/>
        <source>&amp;Language of the app:</source>
        <translation>&amp;Langue de l&apos;application :</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="56"/>
        <source>Report &amp;paper size:</source>
        <translation>&amp;Format du papier des rapports :</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="59"/>
        <source>&amp;Sign in to your programme&apos;s server…</source>
        <translation>Se &amp;connecter au serveur du programme…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="60"/>
        <source>&amp;Create your first enterprise…</source>
        <translation>&amp;Créer votre première entreprise…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="61"/>
        <source>&amp;Try a demo workspace first</source>
        <translation>&amp;Essayer d&apos;abord un espace de démonstration</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="62"/>
        <source>Look around &amp;first</source>
        <translation>&amp;Regarder d&apos;abord</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="66"/>
        <source>How would you like to begin?</source>
        <translation>Par où voulez-vous commencer ?</translation>
    </message>
</context>
<context>
    <name>KpiPhase</name>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="46"/>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="47"/>
        <source>Progress</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="48"/>
        <source>Final</source>
        <translation>Finale</translation>
    </message>
</context>
<context>
    <name>KpiReadingDialog</name>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="53"/>
        <source>Correct a KPI reading</source>
        <translation>Corriger un relevé d&apos;indicateur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="54"/>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="190"/>
        <source>KPI reading</source>
        <translation>Relevé d&apos;indicateur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="54"/>
        <source>New KPI reading</source>
        <translation>Nouveau relevé d&apos;indicateur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="85"/>
        <source>KPI</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="85"/>
        <source>Numerator</source>
        <translation>Numérateur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="85"/>
        <source>Denominator</source>
        <translation>Dénominateur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="86"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="86"/>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="87"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="87"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="87"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="88"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="172"/>
        <source>This reading has been synced, so it is not changed: what you change here becomes a correction, a new reading that replaces it. The history keeps both.</source>
        <translation>Ce relevé a été synchronisé, il n&apos;est donc pas modifié : ce que vous changez ici devient une correction, un nouveau relevé qui le remplace. L&apos;historique garde les deux.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="175"/>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="279"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="187"/>
        <source>This reading was entered at a signed visit: it stays as signed. Reopen the visit to correct it.</source>
        <translation>Ce relevé a été saisi lors d&apos;une visite signée : il reste tel que signé. Rouvrez la visite pour le corriger.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="206"/>
        <source>in the enterprise&apos;s currency</source>
        <translation>dans la monnaie de l&apos;entreprise</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="208"/>
        <source>Unit: {unit}</source>
        <translation>Unité : {unit}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="278"/>
        <source>Saved as a correction.</source>
        <translation>Enregistré comme correction.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="283"/>
        <source>Not saved yet: {problem}</source>
        <translation>Pas encore enregistré : {problem}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="305"/>
        <source>This reading is not complete, so it is not saved. {problem}

Close and forget what you typed?</source>
        <translation>Ce relevé n&apos;est pas complet, il n&apos;est donc pas enregistré. {problem}

Fermer et oublier ce que vous avez saisi ?</translation>
    </message>
</context>
<context>
    <name>KpiTab</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="39"/>
        <source>KPI</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="40"/>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="43"/>
        <source>Latest</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="43"/>
        <source>Latest period: {period}</source>
        <translation>Dernière période&#xa0;: {period}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="45"/>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="46"/>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Latest period</source>
        <translation type="vanished">Dernière période</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="56"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="57"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="58"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="59"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="60"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="61"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="66"/>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="72"/>
        <source>New KPI reading…</source>
        <translation>Nouveau relevé…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="69"/>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="205"/>
        <source>Correct reading…</source>
        <translation>Corriger le relevé…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="78"/>
        <source>No KPI readings yet. Record the baseline first: press Ctrl+K.</source>
        <translation>Aucun relevé d&apos;indicateur pour l&apos;instant. Enregistrez d&apos;abord la référence : appuyez sur Ctrl+K.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="88"/>
        <source>Readings, corrections included</source>
        <translation>Relevés, corrections comprises</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="177"/>
        <source>Replaced by a correction</source>
        <translation>Remplacé par une correction</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="179"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="206"/>
        <source>Change reading…</source>
        <translation>Modifier le relevé…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="17"/>
        <source>Good practice</source>
        <translation>Bonne pratique</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="18"/>
        <source>Needs improvement</source>
        <translation>À améliorer</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="19"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="20"/>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="21"/>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="22"/>
        <source>Consultation</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="23"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="24"/>
        <source>Final</source>
        <translation>Finale</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="vanished">Brouillon</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="vanished">Signée</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="30"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="31"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="32"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="33"/>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="34"/>
        <source>Chair</source>
        <translation>Président</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="35"/>
        <source>Secretary</source>
        <translation>Secrétaire</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="36"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="37"/>
        <source>Manager</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="38"/>
        <source>Worker</source>
        <translation>Travailleur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="39"/>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="40"/>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="41"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="42"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="43"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="44"/>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="45"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="vanished">Progression</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="49"/>
        <source>From the records</source>
        <translation>D&apos;après les registres</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="50"/>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="51"/>
        <source>Lower is better</source>
        <translation>Plus bas, c&apos;est mieux</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="52"/>
        <source>Higher is better</source>
        <translation>Plus haut, c&apos;est mieux</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="54"/>
        <source>New since last look</source>
        <translation>Nouveau depuis la dernière lecture</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="55"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="56"/>
        <source>Has issues</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="57"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="58"/>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="59"/>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="60"/>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
</context>
<context>
    <name>LastTimeLabel</name>
    <message>
        <location filename="../score_desktop/ui/visits/previous_findings.py" line="36"/>
        <source>not rated</source>
        <extracomment>Findings listed per topic; the rest are counted.</extracomment>
        <translation>non évalué</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/visits/previous_findings.py" line="42"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n de plus.</numerusform>
            <numerusform>… et %n de plus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/previous_findings.py" line="44"/>
        <source>Nothing was recorded on this topic.</source>
        <translation>Rien n&apos;a été noté sur ce point.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/previous_findings.py" line="46"/>
        <source>Good practice in place then.</source>
        <translation>La bonne pratique était alors en place.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/previous_findings.py" line="47"/>
        <source>Good practice not in place then.</source>
        <translation>La bonne pratique n&apos;était alors pas en place.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/previous_findings.py" line="48"/>
        <source>Last time ({date}):</source>
        <translation>La dernière fois ({date}) :</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="74"/>
        <location filename="../score_desktop/ui/main_window.py" line="309"/>
        <source>Today</source>
        <extracomment>Sidebar entries in order; the enterprise and visit screens light up their list&apos;s entry. Entries only some accounts see: the review queue is a coordinator&apos;s (and an admin&apos;s). The workspace is open and every screen is built. Opening the workspace failed (a UserError, or a bug); the application shows it and ends. Set when the trainer asked to restart (a new language): the app starts again once this window closed. Windows of records (actions, KPI readings) open beside the main window, by (kind, id).</extracomment>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="74"/>
        <location filename="../score_desktop/ui/main_window.py" line="309"/>
        <source>Enterprises</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="74"/>
        <location filename="../score_desktop/ui/main_window.py" line="309"/>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="75"/>
        <location filename="../score_desktop/ui/main_window.py" line="309"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="75"/>
        <location filename="../score_desktop/ui/main_window.py" line="310"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="75"/>
        <location filename="../score_desktop/ui/main_window.py" line="310"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="76"/>
        <location filename="../score_desktop/ui/main_window.py" line="310"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="76"/>
        <location filename="../score_desktop/ui/main_window.py" line="310"/>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="76"/>
        <location filename="../score_desktop/ui/main_window.py" line="311"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="125"/>
        <source>SCORE Desktop — {path}</source>
        <translation>SCORE Desktop — {path}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="174"/>
        <source>A demo workspace opens in a second window.</source>
        <translation>Un espace de démonstration s&apos;ouvre dans une deuxième fenêtre.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="272"/>
        <source>Search enterprises, visits, findings, actions  (Ctrl+F)</source>
        <translation>Rechercher des entreprises, visites, constats, actions  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="289"/>
        <source>New enterprise</source>
        <translation>Nouvelle entreprise</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="291"/>
        <source>New visit…</source>
        <translation>Nouvelle visite…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="292"/>
        <source>Plan a training session…</source>
        <translation>Planifier une session de formation…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="294"/>
        <source>Sponsor report…</source>
        <translation>Rapport pour un parrain…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="296"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="298"/>
        <source>Preferences…</source>
        <translation>Préférences…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="300"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="301"/>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="304"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="305"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="313"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="315"/>
        <source>About SCORE Desktop</source>
        <translation>À propos de SCORE Desktop</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="325"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="335"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="339"/>
        <source>&amp;Visit</source>
        <translation>&amp;Visite</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="340"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="344"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="347"/>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="544"/>
        <source>Open or select an enterprise first, then start its visit.</source>
        <translation>Ouvrez ou sélectionnez d&apos;abord une entreprise, puis commencez sa visite.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="573"/>
        <source>No enterprise names a sponsoring buyer yet: add one on an enterprise&apos;s page (Sponsoring buyers).</source>
        <translation>Aucune entreprise n&apos;indique encore d&apos;acheteur parrain&#xa0;: ajoutez-le sur la page de l&apos;entreprise (Acheteurs parrains).</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="656"/>
        <source>Photo restored.</source>
        <translation>Photo restaurée.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="656"/>
        <source>Action restored.</source>
        <translation>Action restaurée.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="657"/>
        <source>Suggestion restored.</source>
        <translation>Suggestion restaurée.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="658"/>
        <source>Enterprise restored, with what went with it.</source>
        <translation>Entreprise rétablie, avec ce qui était parti avec elle.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="659"/>
        <source>Visit restored, with its findings, photos and actions.</source>
        <translation>Visite rétablie, avec ses constats, photos et actions.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="660"/>
        <source>EIT member restored.</source>
        <translation>Membre de l&apos;EIT rétabli.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="661"/>
        <source>Finding restored.</source>
        <translation>Constat restauré.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="694"/>
        <source>SCORE Desktop speaks the new language from its next start. Restart it now? Your work is saved.</source>
        <translation>SCORE Desktop parlera la nouvelle langue à son prochain démarrage. Le redémarrer maintenant ? Votre travail est enregistré.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="697"/>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="698"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="720"/>
        <source>{app} {version}
For the accredited trainers of the ILO SCORE programme.</source>
        <translation>{app} {version}
Pour les formateurs accrédités du programme SCORE de l&apos;OIT.</translation>
    </message>
</context>
<context>
    <name>ModuleOrderEditor</name>
    <message>
        <location filename="../score_desktop/ui/dialogs/preferences_dialog.py" line="26"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/preferences_dialog.py" line="27"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>NewEnterpriseDialog</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_enterprise_dialog.py" line="18"/>
        <source>New enterprise</source>
        <translation>Nouvelle entreprise</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_enterprise_dialog.py" line="20"/>
        <source>As the factory writes it, e.g. 广州华美服装有限公司</source>
        <translation>Tel que l&apos;usine l&apos;écrit, p. ex. Confections du Sahel SARL</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_enterprise_dialog.py" line="25"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_enterprise_dialog.py" line="26"/>
        <source>Name in &amp;Latin letters:</source>
        <translation>Nom en caractères &amp;latins :</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_enterprise_dialog.py" line="26"/>
        <source>&amp;City:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_enterprise_dialog.py" line="27"/>
        <source>Everything else goes on the enterprise&apos;s page, which opens next.</source>
        <translation>Le reste se saisit sur la page de l&apos;entreprise, qui s&apos;ouvre ensuite.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_enterprise_dialog.py" line="28"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>NewMemberDialog</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_member_dialog.py" line="31"/>
        <source>Add member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_member_dialog.py" line="36"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_member_dialog.py" line="37"/>
        <source>&amp;Manager or worker:</source>
        <translation>&amp;Encadrement ou ouvrier :</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_member_dialog.py" line="37"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Genre :</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_member_dialog.py" line="38"/>
        <source>Role, department and dates follow in the team&apos;s list.</source>
        <translation>Le rôle, le service et les dates se complètent ensuite dans la liste de l&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_member_dialog.py" line="38"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>NewVisitDialog</name>
    <message>
        <location filename="../score_desktop/ui/visits/new_visit_dialog.py" line="42"/>
        <source>New visit — {enterprise}</source>
        <translation>Nouvelle visite — {enterprise}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/new_visit_dialog.py" line="68"/>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/new_visit_dialog.py" line="77"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/new_visit_dialog.py" line="78"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/new_visit_dialog.py" line="79"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/new_visit_dialog.py" line="80"/>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/new_visit_dialog.py" line="81"/>
        <source>Co-visitors</source>
        <translation>Accompagnateurs</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/new_visit_dialog.py" line="82"/>
        <source>Attendees from the EIT</source>
        <translation>Participants de l&apos;équipe d&apos;amélioration</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/new_visit_dialog.py" line="84"/>
        <source>Start visit</source>
        <translation>Commencer la visite</translation>
    </message>
</context>
<context>
    <name>ParticipantRows</name>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="95"/>
        <source>Name</source>
        <extracomment>The participant&apos;s record id, for screens that act on the selected participant. The codes of a choice column (side, gender), for the choice delegate. A sentence when a value was refused, &quot;&quot; once a write went through.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="95"/>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="95"/>
        <source>Days present</source>
        <translation>Jours de présence</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="96"/>
        <source>Content useful</source>
        <translation>Contenu utile</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="96"/>
        <source>Trainer clear</source>
        <translation>Formateur clair</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="97"/>
        <source>Will apply at work</source>
        <translation>L&apos;appliquera au travail</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="97"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>PhotoCanvas</name>
    <message>
        <location filename="../score_desktop/ui/photos/photo_canvas.py" line="120"/>
        <source>Loading the picture…</source>
        <extracomment>Shorter drags are clicks: they draw nothing (a trainer&apos;s touchpad twitches). A finished shape (a dict of the annotation layer). Where the text tool gets its words (the viewer&apos;s label field). None: fit the window; otherwise screen pixels per picture pixel.</extracomment>
        <translation>Chargement de l&apos;image…</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="161"/>
        <source>Attach photos…</source>
        <extracomment>Asks the screen for a finding to attach to when none is chosen (it creates one); returns via attach_to().</extracomment>
        <translation>Joindre des photos…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="164"/>
        <source>Drop photos or a folder here, or paste with Ctrl+V.</source>
        <translation>Déposez des photos ou un dossier ici, ou collez-les avec Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="167"/>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="292"/>
        <source>Importing %v of %m</source>
        <translation>Importation %v sur %m</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="169"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="218"/>
        <source>Attach photos</source>
        <translation>Joindre des photos</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="219"/>
        <source>Pictures ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="227"/>
        <source>Another import is still running; wait for it or cancel it.</source>
        <translation>Une autre importation est en cours&#xa0;; attendez qu&apos;elle se termine ou annulez-la.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="298"/>
        <source>Ready for the report: %v of %m</source>
        <translation>Prêtes pour le rapport : %v sur %m</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/photo_strip.py" line="304"/>
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n photo ajoutée.</numerusform>
            <numerusform>%n photos ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="306"/>
        <source>Import cancelled.</source>
        <translation>Importation annulée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/photo_strip.py" line="310"/>
        <source>%n file(s) skipped:</source>
        <translation>
            <numerusform>%n fichier ignoré&#xa0;:</numerusform>
            <numerusform>%n fichiers ignorés&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/photo_strip.py" line="313"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoViewerDialog</name>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="40"/>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="154"/>
        <source>Photo</source>
        <extracomment>The photo shown belongs to a signed visit: nothing of it may change.</extracomment>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="53"/>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="55"/>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="57"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="58"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="59"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="60"/>
        <source>Turn ⟲</source>
        <translation>Pivoter ⟲</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="61"/>
        <source>Turn ⟳</source>
        <translation>Pivoter ⟳</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="66"/>
        <source>Look</source>
        <translation>Regarder</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="66"/>
        <source>Arrow</source>
        <translation>Flèche</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="67"/>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="67"/>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="68"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="76"/>
        <source>Label text, then click the photo</source>
        <translation>Texte de l&apos;étiquette, puis cliquez sur la photo</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="81"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="82"/>
        <source>Clear</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="89"/>
        <source>Caption, as it will print in the report</source>
        <translation>Légende, telle qu&apos;elle sera imprimée dans le rapport</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="95"/>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="106"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="96"/>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="108"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="97"/>
        <source>Delete photo</source>
        <translation>Supprimer la photo</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="101"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="151"/>
        <source>{n} of {total}</source>
        <translation>{n} sur {total}</translation>
    </message>
</context>
<context>
    <name>PlanSessionDialog</name>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="37"/>
        <source>Plan a training session</source>
        <translation>Planifier une session de formation</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="56"/>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="61"/>
        <source>Type to find an enterprise</source>
        <translation>Tapez pour trouver une entreprise</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="81"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="82"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="83"/>
        <source>Number of days</source>
        <translation>Nombre de jours</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="84"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="85"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="86"/>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="87"/>
        <source>Co-trainers</source>
        <translation>Co-formateurs</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="88"/>
        <source>Papers in</source>
        <translation>Documents en</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="89"/>
        <source>Enterprises</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="92"/>
        <source>Plan session</source>
        <translation>Planifier la session</translation>
    </message>
</context>
<context>
    <name>PracticeCheck</name>
    <message>
        <location filename="../score_desktop/ui/visits/practice_panel.py" line="30"/>
        <source>Good practice in place</source>
        <translation>Bonne pratique en place</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/practice_panel.py" line="31"/>
        <source>SCORE&apos;s practice check for this topic at this visit (Ctrl+G)</source>
        <translation>Vérification SCORE de la pratique de ce point lors de cette visite (Ctrl+G)</translation>
    </message>
</context>
<context>
    <name>PracticeScoreLabel</name>
    <message>
        <location filename="../score_desktop/ui/visits/practice_panel.py" line="70"/>
        <source>baseline (this visit): {score}</source>
        <translation>référence (cette visite) : {score}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/practice_panel.py" line="72"/>
        <source>baseline: {score}</source>
        <translation>référence : {score}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/practice_panel.py" line="73"/>
        <source>this visit: {score}</source>
        <translation>cette visite : {score}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/practice_panel.py" line="74"/>
        <source>&lt;b&gt;Good practices in place&lt;/b&gt;&lt;br&gt;{parts}</source>
        <translation>&lt;b&gt;Bonnes pratiques en place&lt;/b&gt;&lt;br&gt;{parts}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/practice_panel.py" line="78"/>
        <source>not assessed</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/practice_panel.py" line="79"/>
        <source>{in_place} of {total} ({percent})</source>
        <translation>{in_place} sur {total} ({percent})</translation>
    </message>
    <message>
        <source>{in_place} of {total} ({percent} %)</source>
        <translation type="vanished">{in_place} sur {total} ({percent} %)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../score_desktop/ui/dialogs/preferences_dialog.py" line="61"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/results/records_dialog.py" line="30"/>
        <source>%n record(s)</source>
        <extracomment>How many rows the list shows at most (a figure over the whole programme may stand on thousands).</extracomment>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/records_dialog.py" line="32"/>
        <source>{count}; the first {shown} are listed</source>
        <translation>{count}&#xa0;; les {shown} premiers sont listés</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/records_dialog.py" line="33"/>
        <source>Enter or a double click opens one.</source>
        <translation>Entrée ou un double-clic en ouvre un.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../score_desktop/ui/visits/reopen_dialog.py" line="23"/>
        <source>Reopen the signed visit</source>
        <translation>Rouvrir la visite signée</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/reopen_dialog.py" line="27"/>
        <source>The visit of {date} was signed. Reopening it lets you change what was recorded; then both sign again and its report becomes revision {revision}. The signed report stays as it is, and the next one prints why the visit was reopened, by whom and when.</source>
        <translation>La visite du {date} a été signée. La rouvrir permet de modifier ce qui a été enregistré ; puis les deux signent à nouveau et son rapport devient la révision {revision}. Le rapport signé reste tel quel, et le suivant indique pourquoi la visite a été rouverte, par qui et quand.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/reopen_dialog.py" line="35"/>
        <source>For example: the October defect rate was entered for the wrong line.</source>
        <translation>Par exemple : le taux de défauts d&apos;octobre a été saisi pour la mauvaise ligne.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/reopen_dialog.py" line="38"/>
        <source>&amp;Why is the visit reopened? (required)</source>
        <translation>&amp;Pourquoi la visite est-elle rouverte ? (obligatoire)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/reopen_dialog.py" line="40"/>
        <source>Reopened by {who}, now.</source>
        <translation>Rouverte par {who}, maintenant.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/reopen_dialog.py" line="40"/>
        <source>(your name: set it in Preferences)</source>
        <translation>(votre nom : à indiquer dans les Préférences)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/reopen_dialog.py" line="43"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="65"/>
        <source>Visit report</source>
        <translation>Rapport de visite</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="97"/>
        <source>A4</source>
        <extracomment>The signed report shown (or translated), None for a report built now.</extracomment>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="98"/>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="104"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Langue du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="vanished">&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="106"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="108"/>
        <source>&amp;Cancel build</source>
        <translation>&amp;Annuler la création</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="125"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="126"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="128"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="168"/>
        <source>Building the report…</source>
        <translation>Création du rapport…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="182"/>
        <source>Build cancelled.</source>
        <translation>Création annulée.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="183"/>
        <source>Build cancelled; the report shown is the one before.</source>
        <translation>Création annulée ; le rapport affiché est le précédent.</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="234"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="236"/>
        <source>Signed report, revision {revision}: the signed document · {pages}</source>
        <translation>Rapport signé, révision {revision} : le document signé · {pages}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="239"/>
        <source>Unsigned translation of the signed report · {pages}</source>
        <translation>Traduction non signée du rapport signé · {pages}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="253"/>
        <source>The report could not be built.</source>
        <translation>Le rapport n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="261"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="262"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="23"/>
        <location filename="../score_desktop/ui/training/results_panel.py" line="40"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="23"/>
        <source>Factories</source>
        <translation>Usines</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="24"/>
        <location filename="../score_desktop/ui/training/results_panel.py" line="43"/>
        <source>Attendance rate</source>
        <translation>Taux de présence</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="24"/>
        <location filename="../score_desktop/ui/training/results_panel.py" line="43"/>
        <source>Present every day</source>
        <translation>Présents chaque jour</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="25"/>
        <location filename="../score_desktop/ui/training/results_panel.py" line="41"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="25"/>
        <location filename="../score_desktop/ui/training/results_panel.py" line="42"/>
        <source>Workers</source>
        <translation>Travailleurs</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="26"/>
        <source>Feedback forms</source>
        <translation>Fiches d&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="26"/>
        <source>Content useful</source>
        <translation>Contenu utile</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="27"/>
        <source>Trainer clear</source>
        <translation>Formateur clair</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="27"/>
        <source>Will apply at work</source>
        <translation>L&apos;appliquera au travail</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="40"/>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="41"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="42"/>
        <source>Managers</source>
        <translation>Cadres</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="47"/>
        <source>Counted over the participants of the enterprises in this workspace; a coordinator&apos;s workspace holds them all.</source>
        <translation>Calculé sur les participants des entreprises de cet espace de travail ; celui d&apos;un coordinateur les contient tous.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="49"/>
        <source>Scores are averages of the paper forms, from 1 (not at all) to 5 (very much).</source>
        <translation>Les notes sont les moyennes des fiches papier, de 1 (pas du tout) à 5 (tout à fait).</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="73"/>
        <source>{count} ({share})</source>
        <translation>{count} ({share})</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="48"/>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="48"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="49"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="49"/>
        <source>Last year</source>
        <translation>L&apos;an dernier</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="54"/>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <source>Pro&amp;vince</source>
        <translation type="vanished">Provi&amp;nce</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="54"/>
        <source>Provi&amp;nce</source>
        <translation>Provi&amp;nce</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="55"/>
        <source>&amp;Module</source>
        <translation>&amp;Module</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="55"/>
        <source>Sp&amp;onsor</source>
        <translation>Parrain (&amp;O)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="56"/>
        <source>T&amp;rainer</source>
        <translation>Fo&amp;rmateur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="64"/>
        <location filename="../score_desktop/ui/results/results_screen.py" line="75"/>
        <location filename="../score_desktop/ui/results/results_screen.py" line="82"/>
        <source>Enterprises</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="66"/>
        <location filename="../score_desktop/ui/results/results_screen.py" line="88"/>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="75"/>
        <source>KPI</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="76"/>
        <source>Improved</source>
        <translation>En progrès</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="76"/>
        <source>Worse</source>
        <translation>En recul</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="77"/>
        <source>Median change</source>
        <translation>Évolution médiane</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="81"/>
        <location filename="../score_desktop/ui/results/results_screen.py" line="280"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="82"/>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="83"/>
        <source>Latest</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="87"/>
        <location filename="../score_desktop/ui/results/results_screen.py" line="280"/>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="87"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="104"/>
        <source>KPI change from baseline to latest</source>
        <translation>Évolution des indicateurs, de la référence au dernier relevé</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="105"/>
        <source>Good practices in place, per module (%)</source>
        <translation>Bonnes pratiques en place, par module (%)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="106"/>
        <source>Actions agreed at these visits</source>
        <translation>Actions convenues lors de ces visites</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="112"/>
        <source>EIT balance</source>
        <translation>Équilibre des EIT</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="113"/>
        <source>Classroom training</source>
        <translation>Formation en salle</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="114"/>
        <source>Visits per trainer and month</source>
        <translation>Visites par formateur et par mois</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="127"/>
        <source>Programme results</source>
        <translation>Résultats du programme</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="160"/>
        <source>All provinces</source>
        <translation>Toutes les provinces</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="161"/>
        <source>All modules</source>
        <translation>Tous les modules</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="162"/>
        <source>All sponsors</source>
        <translation>Tous les parrains</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="163"/>
        <source>All trainers</source>
        <translation>Tous les formateurs</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="197"/>
        <source>Counting…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/results/results_screen.py" line="213"/>
        <source>%n enterprise(s)</source>
        <translation>
            <numerusform>%n entreprise</numerusform>
            <numerusform>%n entreprises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/results/results_screen.py" line="214"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visite</numerusform>
            <numerusform>%n visites</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="215"/>
        <source>Photos received: {received} of {expected}</source>
        <translation>Photos reçues&#xa0;: {received} sur {expected}</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/results/results_screen.py" line="217"/>
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n conflit ouvert</numerusform>
            <numerusform>%n conflits ouverts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="232"/>
        <source>Done on time</source>
        <translation>Faites à temps</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="233"/>
        <source>Done late</source>
        <translation>Faites en retard</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="234"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="235"/>
        <source>Open, not yet due</source>
        <translation>Ouvertes, pas encore dues</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="237"/>
        <source>Managers</source>
        <translation>Cadres</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="238"/>
        <source>Workers</source>
        <translation>Ouvriers</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="239"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="240"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/results/results_screen.py" line="242"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/results/results_screen.py" line="243"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="245"/>
        <source>Present every day: {share} · women: {women}</source>
        <translation>Présents tous les jours&#xa0;: {share} · femmes&#xa0;: {women}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="248"/>
        <source>content useful</source>
        <translation>contenu utile</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="248"/>
        <source>trainer clear</source>
        <translation>formateur clair</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="249"/>
        <source>will apply at work</source>
        <translation>l&apos;appliquera au travail</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="253"/>
        <source>Satisfaction (1-5): {scores}</source>
        <translation>Satisfaction (1-5)&#xa0;: {scores}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="269"/>
        <location filename="../score_desktop/ui/results/results_screen.py" line="279"/>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="269"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="271"/>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="279"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="287"/>
        <source>better</source>
        <translation>mieux</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="287"/>
        <source>worse</source>
        <translation>moins bien</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="288"/>
        <source>no change yet</source>
        <translation>pas encore d&apos;évolution</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="311"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="311"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="312"/>
        <source>Done</source>
        <translation>Faite le</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="35"/>
        <source>Open the report…</source>
        <translation>Ouvrir le rapport…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="45"/>
        <source>Open the visit</source>
        <translation>Ouvrir la visite</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="50"/>
        <source>Send comment</source>
        <translation>Envoyer le commentaire</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="51"/>
        <source>A comment for the trainer: what to fix, what is missing, what is good</source>
        <translation>Un commentaire pour le formateur : ce qu&apos;il faut corriger, ce qui manque, ce qui est bien</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="58"/>
        <source>Set the review state, with the comment above if any (Alt+{n})</source>
        <translation>Fixer l&apos;état de la revue, avec le commentaire ci-dessus s&apos;il y en a un (Alt+{n})</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="60"/>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="120"/>
        <source>Review state: {state}</source>
        <translation>État de la revue : {state}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="80"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="108"/>
        <source>trainer: {account}</source>
        <translation>formateur : {account}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="117"/>
        <source>Not a report to review yet (a draft)</source>
        <translation>Pas encore un rapport à revoir (brouillon)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="118"/>
        <source> (set by {reviewer})</source>
        <translation> (fixé par {reviewer})</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../score_desktop/ui/visits/review_panel.py" line="31"/>
        <source>Answer your coordinator here. To fix a signed visit, reopen it with a reason (Sign-off tab) and sign it again: your answer or the new signature sends the report back to your coordinator.</source>
        <translation>Répondez ici à votre coordinateur. Pour corriger une visite signée, rouvrez-la en donnant la raison (onglet Signature) et signez-la de nouveau : votre réponse ou la nouvelle signature renvoie le rapport à votre coordinateur.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/review_panel.py" line="34"/>
        <source>Send answer</source>
        <translation>Envoyer la réponse</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/review_panel.py" line="34"/>
        <source>Your answer to your coordinator</source>
        <translation>Votre réponse à votre coordinateur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/review_panel.py" line="51"/>
        <source>Your coordinator has not reviewed this report yet.</source>
        <translation>Votre coordinateur n&apos;a pas encore revu ce rapport.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/review_panel.py" line="55"/>
        <source>Your coordinator&apos;s review: {state} ({reviewer})</source>
        <translation>Revue de votre coordinateur : {state} ({reviewer})</translation>
    </message>
</context>
<context>
    <name>ReviewQueueScreen</name>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="30"/>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="31"/>
        <source>Visit date</source>
        <translation>Date de la visite</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="32"/>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="33"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="34"/>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="35"/>
        <source>Sponsors</source>
        <translation>Parrains</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="36"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="46"/>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="46"/>
        <source>All trainers</source>
        <translation>Tous les formateurs</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="47"/>
        <source>All enterprises</source>
        <translation>Toutes les entreprises</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="47"/>
        <source>All modules</source>
        <translation>Tous les modules</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="48"/>
        <source>All sponsors</source>
        <translation>Tous les parrains</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="62"/>
        <source>No visit reports to review: they arrive here once trainers finalise or sign a visit and sync.</source>
        <translation>Aucun rapport de visite à revoir : ils arrivent ici dès que les formateurs finalisent ou signent une visite et synchronisent.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="66"/>
        <source>Visit reports to review</source>
        <translation>Rapports de visite à revoir</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="117"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n rapport</numerusform>
            <numerusform>%n rapports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewThread</name>
    <message>
        <location filename="../score_desktop/ui/core/review_thread.py" line="53"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/review_thread.py" line="76"/>
        <source>No comments yet.</source>
        <translation>Pas encore de commentaire.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/review_thread.py" line="83"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../score_desktop/domain/roles.py" line="27"/>
        <source>Only a coordinator sets a report&apos;s review state.</source>
        <extracomment>What a trainer records at the factory; a coordinator&apos;s change to any of them is ``not_permitted``. The accounts that review visit reports.</extracomment>
        <translation>Seul un coordinateur fixe l&apos;état de revue d&apos;un rapport.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/roles.py" line="28"/>
        <source>What a trainer recorded is changed by the trainer: write a comment in the review instead.</source>
        <translation>Ce qu&apos;un formateur a enregistré, c&apos;est le formateur qui le change : écrivez plutôt un commentaire dans la revue.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/roles.py" line="30"/>
        <source>A comment is changed only by the person who wrote it.</source>
        <translation>Un commentaire n&apos;est modifié que par son auteur.</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="53"/>
        <location filename="../score_desktop/ui/search/search_screen.py" line="59"/>
        <source>Enterprise</source>
        <extracomment>The trainer chose a hit: (entity, record id). A search finished: (query, number of hits).</extracomment>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="53"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="53"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="54"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="54"/>
        <source>EIT member</source>
        <translation>Membre de l&apos;EIT</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="54"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="56"/>
        <source>What</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="57"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="58"/>
        <source>Where it matches</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="67"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="92"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="98"/>
        <source>Search: {query}</source>
        <translation>Recherche&#xa0;: {query}</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/search/search_screen.py" line="99"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="100"/>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>Aucun résultat. Essayez avec moins de mots ou des mots plus courts.</translation>
    </message>
</context>
<context>
    <name>SessionDetails</name>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="121"/>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="123"/>
        <source>The language of the attendance sheet and the certificates</source>
        <translation>La langue de la feuille de présence et des attestations</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="127"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="127"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="127"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="128"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="128"/>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="128"/>
        <source>Co-trainers</source>
        <translation>Co-formateurs</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="129"/>
        <source>Papers in</source>
        <translation>Documents en</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="129"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="147"/>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="148"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="155"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="158"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="160"/>
        <source>Take the selected enterprise out of the session</source>
        <translation>Retirer l&apos;entreprise sélectionnée de la session</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="162"/>
        <source>Enterprises whose people attend</source>
        <translation>Entreprises dont le personnel participe</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="78"/>
        <location filename="../score_desktop/ui/training/session_screen.py" line="180"/>
        <source>Add participants…</source>
        <extracomment>table_view&apos;s ``stretch``: the last column takes the spare width (the feedback&apos;s comment), or none does. The widest a column of names grows to fit its text (longer names are elided; the tooltip has them whole). The columns of what was typed (names, enterprises, positions, comments), which that width bounds; the others hold the app&apos;s words and get the width their title needs. (session id, ATTENDANCE_SHEET or CERTIFICATES): the main window opens the paper&apos;s preview.</extracomment>
        <translation>Ajouter des participants…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="79"/>
        <source>Attendance sheet…</source>
        <translation>Feuille de présence…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="81"/>
        <source>Certificates…</source>
        <translation>Attestations…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="83"/>
        <location filename="../score_desktop/ui/training/session_screen.py" line="310"/>
        <source>Delete session</source>
        <translation>Supprimer la session</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="106"/>
        <source>Everyone present on…</source>
        <translation>Tout le monde présent le…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="109"/>
        <source>Add to the EIT</source>
        <translation>Ajouter à l&apos;équipe d&apos;amélioration</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="110"/>
        <source>Make the selected participant a member of their enterprise&apos;s EIT</source>
        <translation>Faire du participant sélectionné un membre de l&apos;équipe d&apos;amélioration de son entreprise</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="111"/>
        <location filename="../score_desktop/ui/training/session_screen.py" line="301"/>
        <source>Remove participant</source>
        <translation>Retirer le participant</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="165"/>
        <source>Arrow keys move between people and days; the space bar ticks who is present. Double-click a name, role or position to correct it.</source>
        <translation>Les flèches passent d&apos;une personne et d&apos;un jour à l&apos;autre ; la barre d&apos;espace coche les présents. Double-cliquez sur un nom, un rôle ou un poste pour le corriger.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="170"/>
        <source>Type each score from the paper form (1 to 5) and press Tab for the next one; leave a score empty when it was not given.</source>
        <translation>Saisissez chaque note de la fiche papier (1 à 5) et appuyez sur Tab pour la suivante ; laissez vide une note non donnée.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="174"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="175"/>
        <source>Feedback</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="176"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="209"/>
        <source>{place}    Session id: {id}</source>
        <translation>{place}    Identifiant de la session : {id}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="213"/>
        <source>Day {number}: {date}</source>
        <translation>Jour {number} : {date}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="287"/>
        <location filename="../score_desktop/ui/training/session_screen.py" line="298"/>
        <source>Select a participant first.</source>
        <translation>Sélectionnez d&apos;abord un participant.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="293"/>
        <source>{name} is on the EIT now.</source>
        <translation>{name} fait maintenant partie de l&apos;équipe d&apos;amélioration.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="302"/>
        <source>Remove {name} from this session? Their ticks and feedback go with them.</source>
        <translation>Retirer {name} de cette session ? Ses présences et son avis partent avec lui.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="311"/>
        <source>Delete this session with its participants, attendance and feedback?</source>
        <translation>Supprimer cette session avec ses participants, présences et avis ?</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../score_desktop/ui/core/settings.py" line="50"/>
        <source>The computer&apos;s language</source>
        <extracomment>&quot;text&quot;, &quot;choice&quot; (one of ``choices``) or &quot;order&quot; (a comma-separated ordering of codes). What each choice is called, in the same order (a choice is shown as itself when there are none). Texts marked with QT_TRANSLATE_NOOP are translated; a language&apos;s name is written in that language. The choice changes something the app sets up when it starts (the language): it offers to restart. Module codes in SCORE&apos;s teaching order; the catalog may know more, they then follow in catalog order. The languages the app speaks, each named in itself (&quot;&quot; follows the computer&apos;s language).</extracomment>
        <translation>La langue de l&apos;ordinateur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/settings.py" line="54"/>
        <source>Trainer name</source>
        <translation>Nom du formateur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/settings.py" line="55"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/settings.py" line="56"/>
        <source>Language of the app</source>
        <translation>Langue de l&apos;application</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/settings.py" line="59"/>
        <source>Default module order</source>
        <translation>Ordre des modules par défaut</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/settings.py" line="60"/>
        <source>Report paper size</source>
        <translation>Format de papier des rapports</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/settings.py" line="62"/>
        <source>Sync server address</source>
        <translation>Adresse du serveur de synchronisation</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../score_desktop/ui/dialogs/shortcuts_dialog.py" line="15"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/shortcuts_dialog.py" line="22"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/shortcuts_dialog.py" line="22"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../score_desktop/ui/sync/sign_in_dialog.py" line="45"/>
        <source>Sign in to the SCORE server</source>
        <extracomment>The server accepted: the credentials the sync goes on with.</extracomment>
        <translation>Se connecter au serveur SCORE</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sign_in_dialog.py" line="67"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sign_in_dialog.py" line="73"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sign_in_dialog.py" line="74"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sign_in_dialog.py" line="75"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sign_in_dialog.py" line="90"/>
        <source>The server&apos;s administrator gives you the address, your user name and a password. What the trainers synced comes to this laptop; your reviews and comments go back to them.</source>
        <translation>L&apos;administrateur du serveur vous donne l&apos;adresse, votre nom d&apos;utilisateur et un mot de passe. Ce que les formateurs ont synchronisé arrive sur cet ordinateur ; vos revues et commentaires leur reviennent.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sign_in_dialog.py" line="93"/>
        <source>Your coordinator gives you the address, your user name and a password. Your work stays on this laptop and syncs when there is a network.</source>
        <translation>Votre coordinateur vous donne l&apos;adresse, votre nom d&apos;utilisateur et un mot de passe. Votre travail reste sur cet ordinateur et se synchronise dès qu&apos;il y a du réseau.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sign_in_dialog.py" line="95"/>
        <source>Whoever runs your programme&apos;s server gives you its address, your user name and a password: your coordinator if you are a trainer, the server&apos;s administrator if you coordinate. Everything stays on this laptop and syncs when there is a network.</source>
        <translation>Le responsable du serveur de votre programme vous donne son adresse, votre nom d&apos;utilisateur et un mot de passe : votre coordinateur si vous êtes formateur, l&apos;administrateur du serveur si vous coordonnez. Tout reste sur cet ordinateur et se synchronise dès qu&apos;il y a un réseau.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sign_in_dialog.py" line="103"/>
        <source>Please fill in the server address, your user name and your password.</source>
        <translation>Veuillez indiquer l&apos;adresse du serveur, votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_texts.py" line="14"/>
        <source>No findings are recorded yet.</source>
        <translation>Aucun constat n&apos;est encore enregistré.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_texts.py" line="16"/>
        <source>The action “{title}” has no owner.</source>
        <translation>L&apos;action « {title} » n&apos;a pas de responsable.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_texts.py" line="19"/>
        <source>The action “{title}” has no due date.</source>
        <translation>L&apos;action « {title} » n&apos;a pas d&apos;échéance.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_texts.py" line="26"/>
        <source>The module&apos;s core KPI “{kpi}” is not entered at this visit.</source>
        <translation>L&apos;indicateur clé du module « {kpi} » n&apos;est pas saisi pour cette visite.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_texts.py" line="35"/>
        <source>The trainer has not signed.</source>
        <translation>Le formateur n&apos;a pas signé.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_texts.py" line="37"/>
        <source>The enterprise&apos;s representative has not signed.</source>
        <translation>Le représentant de l&apos;entreprise n&apos;a pas signé.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_texts.py" line="39"/>
        <source>Type the name of the enterprise&apos;s representative.</source>
        <translation>Saisissez le nom du représentant de l&apos;entreprise.</translation>
    </message>
</context>
<context>
    <name>SignOffPanel</name>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="91"/>
        <source>Finalise…</source>
        <translation>Finaliser…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="94"/>
        <source>For the SCORE trainer</source>
        <translation>Pour le formateur SCORE</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="95"/>
        <source>e.g. SCORE trainer</source>
        <translation>p. ex. formateur SCORE</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="96"/>
        <source>For the enterprise</source>
        <translation>Pour l&apos;entreprise</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="97"/>
        <source>Who signs for the factory</source>
        <translation>Qui signe pour l&apos;usine</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="98"/>
        <source>e.g. EIT chair, factory manager</source>
        <translation>p. ex. président(e) de l&apos;EIT, directeur d&apos;usine</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="100"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="101"/>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="108"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Langue du rapport :</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="110"/>
        <source>Signed report…</source>
        <translation>Rapport signé…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="113"/>
        <source>Reopen…</source>
        <translation>Rouvrir…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="116"/>
        <source>Sign the visit…</source>
        <translation>Signer la visite…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="181"/>
        <source>Signed by {trainer} and {representative}, revision {revision}, on {when}. The visit is locked.</source>
        <translation>Signée par {trainer} et {representative}, révision {revision}, le {when}. La visite est verrouillée.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="187"/>
        <source>Reopened by {who} on {when}: {reason}. Sign again to lock it.</source>
        <translation>Rouverte par {who} le {when} : {reason}. Signez à nouveau pour la verrouiller.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="191"/>
        <source>Not signed yet. Both sign here, on the laptop; signing makes the report once and locks the visit.</source>
        <translation>Pas encore signée. Les deux signent ici, sur l&apos;ordinateur ; la signature crée le rapport une fois et verrouille la visite.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="193"/>
        <source>Earlier revisions: {list}</source>
        <translation>Révisions précédentes : {list}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="194"/>
        <source>{revision} ({date})</source>
        <translation>{revision} ({date})</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="206"/>
        <source>Still missing:</source>
        <translation>Il manque encore :</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="207"/>
        <source>Everything a signed report needs is recorded.</source>
        <translation>Tout ce dont un rapport signé a besoin est enregistré.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../score_desktop/ui/visits/signature_pad.py" line="40"/>
        <source>Sign here</source>
        <extracomment>Points closer than this (in box units) to the last one add nothing but weight. A stroke was finished or the pad was cleared: the strokes as they are now, in box units.</extracomment>
        <translation>Signez ici</translation>
    </message>
</context>
<context>
    <name>SignedBanner</name>
    <message>
        <location filename="../score_desktop/ui/visits/signed_banner.py" line="27"/>
        <source>Signed report…</source>
        <translation>Rapport signé…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signed_banner.py" line="30"/>
        <source>Reopen…</source>
        <translation>Rouvrir…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signed_banner.py" line="48"/>
        <source>Signed on {when} by {who} (revision {revision}).</source>
        <translation>Signée le {when} par {who} (révision {revision}).</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signed_banner.py" line="50"/>
        <source>Signed by {who}.</source>
        <translation>Signée par {who}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signed_banner.py" line="52"/>
        <source>A signed visit is locked: its details, findings, photos, the actions agreed at it, its KPI readings and practice checks stay as signed. Actions still move on as the EIT works on them.</source>
        <translation>Une visite signée est verrouillée : ses informations, constats, photos, les actions convenues, ses relevés d&apos;indicateurs et vérifications de pratiques restent tels que signés. Les actions avancent toujours au fil du travail de l&apos;EIT.</translation>
    </message>
</context>
<context>
    <name>SignerBox</name>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="45"/>
        <source>Clear signature</source>
        <translation>Effacer la signature</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="49"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="50"/>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="64"/>
        <source>Signed on {date}</source>
        <translation>Signé le {date}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="65"/>
        <source>Not signed yet</source>
        <translation>Pas encore signé</translation>
    </message>
</context>
<context>
    <name>SponsorReportDialog</name>
    <message>
        <location filename="../score_desktop/ui/dialogs/sponsor_report.py" line="30"/>
        <source>Sponsor report</source>
        <translation>Rapport pour un parrain</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/sponsor_report.py" line="31"/>
        <source>Sponsoring &amp;buyer:</source>
        <translation>Ache&amp;teur parrain&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="33"/>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="33"/>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="33"/>
        <source>Submitted by</source>
        <translation>Proposée par</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="33"/>
        <source>Implemented</source>
        <translation>Appliquée</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="34"/>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="34"/>
        <source>Reward</source>
        <translation>Récompense</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="34"/>
        <source>Saving</source>
        <translation>Économie</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="54"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="54"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="77"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="77"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="82"/>
        <source>Add suggestion</source>
        <translation>Ajouter une suggestion</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="85"/>
        <source>Delete suggestion</source>
        <translation>Supprimer la suggestion</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="92"/>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="98"/>
        <source>Implemented</source>
        <translation>Appliquée</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="97"/>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="97"/>
        <source>Submitted by</source>
        <translation>Proposée par</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="98"/>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="99"/>
        <source>Implemented on</source>
        <translation>Appliquée le</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="99"/>
        <source>Reward</source>
        <translation>Récompense</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="100"/>
        <source>Saving</source>
        <translation>Économie</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="163"/>
        <source>{received}, {implemented} · savings {saving}</source>
        <translation>{received}, {implemented} · économies {saving}</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="164"/>
        <source>%n received</source>
        <comment>suggestions</comment>
        <translation>
            <numerusform>%n reçue</numerusform>
            <numerusform>%n reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="165"/>
        <source>%n implemented</source>
        <comment>suggestions</comment>
        <translation>
            <numerusform>%n appliquée</numerusform>
            <numerusform>%n appliquées</numerusform>
        </translation>
    </message>
    <message>
        <source>{received} received, {implemented} implemented · savings {saving}</source>
        <translation type="vanished">{received} reçues, {implemented} appliquées · économies {saving}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../score_desktop/sync/account.py" line="22"/>
        <source>The user name or password is wrong.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/account.py" line="23"/>
        <source>Cannot reach the server at {url}. Check the address and the network.</source>
        <translation>Impossible de joindre le serveur à l&apos;adresse {url}. Vérifiez l&apos;adresse et le réseau.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/account.py" line="24"/>
        <source>This workspace syncs with {server} as {username}. Use a new workspace for another server or account.</source>
        <translation>Cet espace de travail se synchronise avec {server} en tant que {username}. Utilisez un nouvel espace de travail pour un autre serveur ou un autre compte.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/account.py" line="27"/>
        <source>A demo workspace never syncs. Sign in from your own workspace.</source>
        <translation>Un espace de travail de démonstration ne se synchronise jamais. Connectez-vous depuis votre propre espace de travail.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/account.py" line="28"/>
        <source>The server refused the sign-in: {message}</source>
        <translation>Le serveur a refusé la connexion&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/account.py" line="29"/>
        <source>Too many failed sign-ins for this account. Try again later (in {minutes} min), or ask your coordinator to unlock it.</source>
        <translation>Trop de connexions échouées pour ce compte. Réessayez plus tard (dans {minutes} min) ou demandez à votre coordinateur de le débloquer.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/transport.py" line="72"/>
        <source>The server cannot be reached right now; your changes are kept and will be sent later.</source>
        <extracomment>(connect, read) seconds. A push of 500 mutations on a slow hotel Wi-Fi still answers well within this. Seconds the server asked us to wait (Retry-After), when it said so. Messages for the user per outcome (translated by the UI in the ``Sync`` context).</extracomment>
        <translation>Le serveur est injoignable pour le moment&#xa0;; vos modifications sont conservées et seront envoyées plus tard.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/transport.py" line="74"/>
        <source>Please sign in again: the server no longer accepts this sign-in. Your changes are kept.</source>
        <translation>Veuillez vous reconnecter&#xa0;: le serveur n&apos;accepte plus cette connexion. Vos modifications sont conservées.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/transport.py" line="76"/>
        <source>The server needs a newer SCORE Desktop: {message} You can go on working offline.</source>
        <translation>Le serveur demande une version plus récente de SCORE Desktop&#xa0;: {message} Vous pouvez continuer à travailler hors ligne.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/transport.py" line="78"/>
        <source>This workspace must be registered as a new device: please sign in again. Your changes are kept.</source>
        <translation>Cet espace de travail doit être enregistré comme nouvel appareil&#xa0;: veuillez vous reconnecter. Vos modifications sont conservées.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/transport.py" line="80"/>
        <source>Your account may not do this: {message}</source>
        <translation>Votre compte n&apos;est pas autorisé à faire cela&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/transport.py" line="81"/>
        <source>The server refused a request ({message}). Your changes are kept; please tell your coordinator.</source>
        <translation>Le serveur a refusé une demande ({message}). Vos modifications sont conservées&#xa0;; veuillez prévenir votre coordinateur.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="37"/>
        <source>Stopped before the end; it goes on next time.</source>
        <translation>Arrêté avant la fin&#xa0;; la suite se fera la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="52"/>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="53"/>
        <source>EIT member</source>
        <translation>Membre de l&apos;équipe d&apos;amélioration</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="54"/>
        <source>Training session</source>
        <translation>Session de formation</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="55"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="56"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="57"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="58"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="59"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="60"/>
        <source>KPI reading</source>
        <translation>Mesure d&apos;indicateur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="61"/>
        <source>Practice check</source>
        <translation>Vérification des pratiques</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="62"/>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="63"/>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="64"/>
        <source>Signed report</source>
        <translation>Rapport signé</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="65"/>
        <source>Conflict resolution</source>
        <translation>Résolution de conflit</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="72"/>
        <source>Deleted or edited</source>
        <translation>Supprimé ou modifié</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="74"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="75"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="76"/>
        <source>Rating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="77"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="78"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="79"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="80"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="81"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="82"/>
        <source>Visit date</source>
        <translation>Date de la visite</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="83"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="84"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="98"/>
        <source>(empty)</source>
        <extracomment>Fields whose stored codes have words in ui/core/labels.py, per entity where the same name means different codes.</extracomment>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="103"/>
        <source>Edited: {fields}</source>
        <translation>Modifié&#xa0;: {fields}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="109"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="109"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="119"/>
        <source>A signed visit is reopened only with a reason. Reopen it again from the visit screen, saying why.</source>
        <translation>Une visite signée ne se rouvre qu&apos;avec un motif. Rouvrez-la depuis l&apos;écran de la visite en indiquant pourquoi.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="124"/>
        <source>A signed report is a document: the server keeps it as it was signed. Discard this change.</source>
        <translation>Un rapport signé est un document : le serveur le garde tel qu&apos;il a été signé. Abandonnez cette modification.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="130"/>
        <source>The visit was signed: what was recorded at it stays as signed. Discard your change, or reopen the visit and send it again.</source>
        <translation>La visite a été signée : ce qui y a été enregistré reste tel que signé. Abandonnez votre modification, ou rouvrez la visite et renvoyez-la.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="133"/>
        <source>The visit of {date} was signed by {who} on {when}: what was recorded at it stays as signed. Discard your change, or ask {who} to reopen the visit and then send it again.</source>
        <translation>La visite du {date} a été signée par {who} le {when} : ce qui y a été enregistré reste tel que signé. Abandonnez votre modification, ou demandez à {who} de rouvrir la visite, puis renvoyez-la.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="163"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="174"/>
        <source>today {time}</source>
        <translation>aujourd&apos;hui {time}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="176"/>
        <source>yesterday {time}</source>
        <translation>hier {time}</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a day of this year</comment>
        <translation type="vanished">d MMM</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/blobs.py" line="32"/>
        <source>This photo is not available on the server.</source>
        <translation>Cette photo n&apos;est pas disponible sur le serveur.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/blobs.py" line="33"/>
        <source>This photo cannot be downloaded right now; it comes when the server can be reached.</source>
        <translation>Cette photo ne peut pas être téléchargée pour le moment&#xa0;; elle arrivera dès que le serveur sera joignable.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/blobs.py" line="35"/>
        <source>Sign in to download this photo.</source>
        <translation>Connectez-vous pour télécharger cette photo.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/blobs.py" line="36"/>
        <source>The photo arrived damaged; it will be downloaded again next time.</source>
        <translation>La photo est arrivée endommagée&#xa0;; elle sera de nouveau téléchargée la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/documents.py" line="30"/>
        <source>The signed report is not on the server yet: the laptop that signed it has not synced since.</source>
        <translation>Le rapport signé n&apos;est pas encore sur le serveur : l&apos;ordinateur qui l&apos;a signé n&apos;a pas synchronisé depuis.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/documents.py" line="32"/>
        <source>The signed report cannot be downloaded right now; try again when the server can be reached.</source>
        <translation>Le rapport signé ne peut pas être téléchargé pour l&apos;instant ; réessayez quand le serveur sera joignable.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/documents.py" line="34"/>
        <source>Sign in to download the signed report.</source>
        <translation>Connectez-vous pour télécharger le rapport signé.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/documents.py" line="35"/>
        <source>The signed report arrived damaged; nothing was kept. Try again.</source>
        <translation>Le rapport signé est arrivé endommagé ; rien n&apos;a été gardé. Réessayez.</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <location filename="../score_desktop/ui/sync/sync_commands.py" line="44"/>
        <location filename="../score_desktop/ui/sync/sync_commands.py" line="155"/>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_commands.py" line="45"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_commands.py" line="46"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_commands.py" line="48"/>
        <source>Send your changes and receive others&apos; now (F5)</source>
        <translation>Envoyer vos modifications et recevoir celles des autres maintenant (F5)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_commands.py" line="117"/>
        <source>Signed in as a coordinator: the trainers&apos; records are coming to this laptop…</source>
        <translation>Connecté en tant que coordinateur : les données des formateurs arrivent sur cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_commands.py" line="118"/>
        <source>Signed in. Syncing…</source>
        <translation>Connecté. Synchronisation…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_commands.py" line="132"/>
        <source>Signed out. Your work stays on this laptop; sign in again to sync it.</source>
        <translation>Déconnecté. Votre travail reste sur cet ordinateur&#xa0;; reconnectez-vous pour le synchroniser.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_commands.py" line="156"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/sync/sync_controller.py" line="315"/>
        <source>This laptop&apos;s clock is %n minute(s) away from the server&apos;s. Please set the date, time and time zone right: the order of edits depends on them.</source>
        <extracomment>Keyword arguments for every round&apos;s SyncEngine (its retries); empty: the engine&apos;s own defaults. :attr:`state` changed (and with it, maybe, :attr:`last_result`). (stage &quot;push&quot; | &quot;photos&quot; | &quot;pull&quot;, done, total) during a round. A round ended (a RoundResult); the outbox, the log and the lists may have changed. The records a round brought or changed (a ChangeSet), for the screens. The server no longer accepts this sign-in: the sentence to show with a way to sign in again. Something to tell the trainer once (a newer app is needed, the clock is wrong): a translated sentence. The stage of the round under way (&quot;connect&quot;, &quot;push&quot;, &quot;photos&quot;, &quot;pull&quot;) and its (done, total).</extracomment>
        <translation>
            <numerusform>L&apos;horloge de cet ordinateur a %n minute d&apos;écart avec celle du serveur. Veuillez régler correctement la date, l&apos;heure et le fuseau horaire&#xa0;: l&apos;ordre des modifications en dépend.</numerusform>
            <numerusform>L&apos;horloge de cet ordinateur a %n minutes d&apos;écart avec celle du serveur. Veuillez régler correctement la date, l&apos;heure et le fuseau horaire&#xa0;: l&apos;ordre des modifications en dépend.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncModels</name>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="32"/>
        <source>Photo files</source>
        <translation>Fichiers photo</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="34"/>
        <source>{megabytes} MB</source>
        <translation>{megabytes} Mo</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="41"/>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="42"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="43"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="63"/>
        <source>Under way or interrupted</source>
        <translation>En cours ou interrompue</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="64"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="65"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="66"/>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="67"/>
        <source>Sign-in needed</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="68"/>
        <source>Newer app needed</source>
        <translation>Version plus récente requise</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="69"/>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="70"/>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="75"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="77"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="78"/>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="79"/>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="80"/>
        <source>Photos (MB)</source>
        <translation>Photos (Mo)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="81"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="103"/>
        <source>{entity}: deletion</source>
        <translation>{entity}&#xa0;: suppression</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="104"/>
        <source>{entity}: change</source>
        <translation>{entity}&#xa0;: modification</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="107"/>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="115"/>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="191"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="116"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="117"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="118"/>
        <source>The server&apos;s reason</source>
        <translation>Motif du serveur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="161"/>
        <source>you ({username})</source>
        <extracomment>&quot;winning&quot; (the record holds it now) or &quot;losing&quot; (kept aside in the conflict).</extracomment>
        <translation>vous ({username})</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="164"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="185"/>
        <source>{value}  ·  {who}, {when}</source>
        <translation>{value}  ·  {who}, {when}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="192"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="193"/>
        <source>Mine</source>
        <translation>Ma version</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="194"/>
        <source>Theirs</source>
        <translation>L&apos;autre version</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="68"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="97"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="105"/>
        <source>Mine</source>
        <translation>Ma version</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="106"/>
        <source>Theirs</source>
        <translation>L&apos;autre version</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="107"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="108"/>
        <source>Keep theirs</source>
        <translation>Garder l&apos;autre</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="109"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="121"/>
        <source>The same value was changed on two laptops. Until you decide, the record holds the later change and the other is kept here.</source>
        <translation>La même valeur a été modifiée sur deux ordinateurs. En attendant votre décision, l&apos;enregistrement garde la modification la plus récente et l&apos;autre est conservée ici.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="129"/>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="286"/>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="140"/>
        <source>Open record</source>
        <translation>Ouvrir l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="141"/>
        <source>Resend</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="142"/>
        <source>Discard…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="153"/>
        <source>Changes the server refused stay on this laptop. Fix the record and resend it, or discard the change to take the server&apos;s version.</source>
        <translation>Les modifications refusées par le serveur restent sur cet ordinateur. Corrigez l&apos;enregistrement et renvoyez-le, ou abandonnez la modification pour reprendre la version du serveur.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="161"/>
        <source>Why: {reason}</source>
        <translation>Pourquoi : {reason}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="174"/>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="175"/>
        <source>Recent rounds</source>
        <translation>Synchronisations récentes</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="199"/>
        <source>Conflicts ({count})</source>
        <translation>Conflits ({count})</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="200"/>
        <source>Needs attention ({count})</source>
        <translation>À traiter ({count})</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="222"/>
        <source>Not signed in. Sign in to send your work to the SCORE server.</source>
        <translation>Non connecté. Connectez-vous pour envoyer votre travail au serveur SCORE.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="224"/>
        <source>Signed in to {server} as {username}.</source>
        <translation>Connecté à {server} en tant que {username}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="257"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="300"/>
        <source>Discard the change</source>
        <translation>Abandonner la modification</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="301"/>
        <source>Discard this change to “{record}”? The record takes the server&apos;s version again with the next sync.</source>
        <translation>Abandonner cette modification de «&#xa0;{record}&#xa0;»&#xa0;? L&apos;enregistrement reprendra la version du serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="304"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="29"/>
        <source>Opening the workspace…</source>
        <extracomment>The dot before the state: green online, grey offline, amber when the trainer must act, blue while syncing. The trainer clicked &quot;Needs attention&quot;: show the Sync screen.</extracomment>
        <translation>Ouverture de l&apos;espace de travail…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="72"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="72"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="72"/>
        <source>Syncing</source>
        <translation>Synchronisation en cours</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="73"/>
        <source>Sign in again to sync</source>
        <translation>Reconnectez-vous pour synchroniser</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="73"/>
        <source>Offline: a newer app is needed</source>
        <translation>Hors ligne&#xa0;: une version plus récente est requise</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="74"/>
        <source>Sync stopped</source>
        <translation>Synchronisation arrêtée</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="74"/>
        <source>Not signed in: File ▸ Sign in…</source>
        <translation>Non connecté&#xa0;: Fichier ▸ Se connecter…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="75"/>
        <source>Demo workspace: never syncs</source>
        <translation>Espace de travail de démonstration&#xa0;: jamais synchronisé</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="82"/>
        <source>Needs attention: {count}</source>
        <translation>À traiter&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="90"/>
        <source>Last sync: {when}</source>
        <translation>Dernière synchronisation&#xa0;: {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/sync/sync_status.py" line="100"/>
        <source>%n change(s) and {megabytes} MB of photos waiting</source>
        <translation>
            <numerusform>%n modification et {megabytes} Mo de photos en attente</numerusform>
            <numerusform>%n modifications et {megabytes} Mo de photos en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/sync/sync_status.py" line="103"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="104"/>
        <source>Nothing waiting</source>
        <translation>Rien en attente</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="118"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="118"/>
        <source>Sending changes…</source>
        <translation>Envoi des modifications…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="119"/>
        <source>Sending photos…</source>
        <translation>Envoi des photos…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="119"/>
        <source>Receiving changes…</source>
        <translation>Réception des modifications…</translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <location filename="../score_desktop/ui/core/thumbnails.py" line="159"/>
        <source>Photo not on this laptop</source>
        <extracomment>Enough for every photo of a long visit; a 256-pixel thumbnail is about 200 KB decoded. ``fetch(sha256, ext) -&gt; Path``: brings a missing original to the photo store, or raises a UserError. The sha256 of a picture whose thumbnail is now available (or known to be missing). Pictures shown as a placeholder (not on this laptop), with what the placeholder says.</extracomment>
        <translation>Photo absente de cet ordinateur</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="34"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="35"/>
        <location filename="../score_desktop/ui/today/today_screen.py" line="42"/>
        <location filename="../score_desktop/ui/today/today_screen.py" line="50"/>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="36"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="37"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="38"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="43"/>
        <location filename="../score_desktop/ui/today/today_screen.py" line="93"/>
        <source>Overdue actions</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="44"/>
        <source>Oldest due date</source>
        <translation>Échéance la plus ancienne</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="49"/>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="51"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="52"/>
        <source>Last comment</source>
        <translation>Dernier commentaire</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="61"/>
        <location filename="../score_desktop/ui/today/today_screen.py" line="221"/>
        <source>Your coordinator wrote</source>
        <translation>Votre coordinateur a écrit</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="72"/>
        <source>All overdue actions</source>
        <translation>Toutes les actions en retard</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="77"/>
        <location filename="../score_desktop/ui/today/today_screen.py" line="219"/>
        <source>No visits planned this week.</source>
        <translation>Aucune visite prévue cette semaine.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="78"/>
        <source>No overdue actions.</source>
        <translation>Aucune action en retard.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="79"/>
        <source>Every past visit is finalised.</source>
        <translation>Toutes les visites passées sont finalisées.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="88"/>
        <location filename="../score_desktop/ui/today/today_screen.py" line="215"/>
        <source>Visits today and this week</source>
        <translation>Visites d&apos;aujourd&apos;hui et de cette semaine</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="97"/>
        <location filename="../score_desktop/ui/today/today_screen.py" line="217"/>
        <source>Drafts to finalise</source>
        <translation>Brouillons à finaliser</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="124"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="141"/>
        <source>Today, {date}</source>
        <translation>Aujourd&apos;hui, {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/today/today_screen.py" line="179"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="181"/>
        <source>&lt;b&gt;Classroom training:&lt;/b&gt; {session} · {details}</source>
        <translation>&lt;b&gt;Formation en salle :&lt;/b&gt; {session} · {details}</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/today/today_screen.py" line="208"/>
        <source>&lt;b&gt;Review:&lt;/b&gt; &lt;a href=&apos;review&apos;&gt;%n visit report(s) new since your last look&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Revue :&lt;/b&gt; &lt;a href=&apos;review&apos;&gt;%n rapport de visite nouveau depuis votre dernière lecture&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;Revue :&lt;/b&gt; &lt;a href=&apos;review&apos;&gt;%n rapports de visite nouveaux depuis votre dernière lecture&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="214"/>
        <source>The trainers&apos; visits today and this week</source>
        <translation>Visites des formateurs aujourd&apos;hui et cette semaine</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="216"/>
        <source>Trainers&apos; drafts not yet finalised</source>
        <translation>Brouillons des formateurs non finalisés</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="218"/>
        <source>No trainer has a visit planned this week.</source>
        <translation>Aucun formateur n&apos;a de visite prévue cette semaine.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="220"/>
        <source>Trainers answered</source>
        <translation>Les formateurs ont répondu</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../score_desktop/ui/training/common.py" line="46"/>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation type="vanished">{value} %</translation>
    </message>
</context>
<context>
    <name>TrainingPaperDialog</name>
    <message>
        <location filename="../score_desktop/ui/dialogs/training_papers.py" line="28"/>
        <source>Attendance sheet</source>
        <translation>Feuille de présence</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/training_papers.py" line="28"/>
        <source>Certificates</source>
        <translation>Attestations</translation>
    </message>
</context>
<context>
    <name>TrainingScreen</name>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="31"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="32"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="33"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="34"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="35"/>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="36"/>
        <source>Enterprises</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="37"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="47"/>
        <source>Plan a session…</source>
        <translation>Planifier une session…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="52"/>
        <source>No classroom sessions yet. Plan the first one: its module, days, venue and the enterprises whose people attend.</source>
        <translation>Aucune session en salle pour l&apos;instant. Planifiez la première : son module, ses jours, son lieu et les entreprises dont le personnel participe.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="55"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="61"/>
        <source>Classroom days of each module, with managers and workers of several factories in one room. Coming sessions are in blue.</source>
        <translation>Les jours en salle de chaque module, avec cadres et travailleurs de plusieurs usines dans une même salle. Les sessions à venir sont en bleu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/training/training_screen.py" line="78"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashScreen</name>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="21"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="21"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="21"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="22"/>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="24"/>
        <source>What</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="25"/>
        <source>Text or caption</source>
        <translation>Texte ou légende</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="43"/>
        <source>Deleted enterprises, visits, EIT members, findings, actions, suggestions and photos stay here; restore puts them back where they were, an enterprise or a visit with everything that went with it.</source>
        <translation>Les entreprises, visites, membres de l&apos;EIT, constats, actions, suggestions et photos supprimés restent ici ; rétablir les remet à leur place, une entreprise ou une visite avec tout ce qui est parti avec elle.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="20"/>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="26"/>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="20"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="20"/>
        <source>EIT member</source>
        <translation>Membre de l&apos;EIT</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="27"/>
        <source>Deleted</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="33"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="37"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Deleted findings, actions, suggestions and photos stay here; restore puts them back where they were, with their photos and annotations.</source>
        <translation type="vanished">Les constats, actions, suggestions et photos supprimés restent ici ; restaurer les remet à leur place, avec leurs photos et annotations.</translation>
    </message>
    <message>
        <source>Deleted findings and photos stay here; restore puts them back where they were, with their photos and annotations.</source>
        <translation type="vanished">Les constats et photos supprimés restent ici&#xa0;; les restaurer les remet à leur place, avec leurs photos et annotations.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="23"/>
        <source>{field} is required.</source>
        <translation>{field} est obligatoire.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="24"/>
        <source>{field} must be text.</source>
        <translation>{field} doit être du texte.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="25"/>
        <source>{field} is too long ({length} characters; at most {limit}).</source>
        <translation>{field} est trop long ({length} caractères&#xa0;; au plus {limit}).</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="26"/>
        <source>{field} cannot be &apos;{value}&apos;; choose one of: {choices}.</source>
        <translation>{field} ne peut pas valoir &apos;{value}&apos;&#xa0;; choisissez parmi&#xa0;: {choices}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="27"/>
        <source>{field} must be a whole number.</source>
        <translation>{field} doit être un nombre entier.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="28"/>
        <source>{field} must be a number.</source>
        <translation>{field} doit être un nombre.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="29"/>
        <source>{field} is out of range (at most {limit} either side of zero).</source>
        <translation>{field} est hors limites (au plus {limit}, en positif comme en négatif).</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="30"/>
        <source>{field} must be yes or no.</source>
        <translation>{field} doit être oui ou non.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="31"/>
        <source>{field} must be a date written YYYY-MM-DD.</source>
        <translation>{field} doit être une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="32"/>
        <source>{field} must be a date and time (RFC 3339).</source>
        <translation>{field} doit être une date et une heure (RFC 3339).</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="33"/>
        <source>{field} must be a list of texts.</source>
        <translation>{field} doit être une liste de textes.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="34"/>
        <source>{field} must be a list or an object.</source>
        <translation>{field} doit être une liste ou un objet.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="35"/>
        <source>{field} must be the id of a record.</source>
        <translation>{field} doit être l&apos;identifiant d&apos;un enregistrement.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="36"/>
        <source>{field} cannot be negative.</source>
        <translation>{field} ne peut pas être négatif.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="37"/>
        <source>{field} cannot be before {other}.</source>
        <translation>{field} ne peut pas être antérieur à {other}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="38"/>
        <source>{field} must be a module code such as WC, QM, CP, HR or OSH.</source>
        <translation>{field} doit être un code de module tel que WC, QM, CP, HR ou OSH.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="39"/>
        <source>A photo belongs to exactly one visit, finding or action.</source>
        <translation>Une photo appartient à une seule visite, un seul constat ou une seule action.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="40"/>
        <source>{field} must be 64 lowercase hexadecimal characters.</source>
        <translation>{field} doit comporter 64 caractères hexadécimaux en minuscules.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="41"/>
        <source>{field} does not name a record of this enterprise.</source>
        <translation>{field} ne désigne aucun enregistrement de cette entreprise.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="42"/>
        <source>A KPI reading needs a value, or a numerator and a denominator.</source>
        <translation>Une mesure d&apos;indicateur demande une valeur, ou un numérateur et un dénominateur.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="44"/>
        <source>{field} must list days written YYYY-MM-DD, each once, in order.</source>
        <translation>{field} doit lister des jours écrits AAAA-MM-JJ, chacun une fois, dans l&apos;ordre.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="45"/>
        <source>A training session has at most {limit} days.</source>
        <translation>Une session de formation compte au plus {limit} jours.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="46"/>
        <source>{field} must be the first day of the session.</source>
        <translation>{field} doit être le premier jour de la session.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="47"/>
        <source>{field} must be the number of days of the session.</source>
        <translation>{field} doit être le nombre de jours de la session.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="48"/>
        <source>{field} must be a score from 1 to 5.</source>
        <translation>{field} doit être une note de 1 à 5.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="49"/>
        <source>A training session needs at least one enterprise.</source>
        <translation>Une session de formation a besoin d&apos;au moins une entreprise.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="50"/>
        <source>{name} is already a participant of this session.</source>
        <translation>{name} participe déjà à cette session.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="51"/>
        <source>{day} is not a day of this session ({days}).</source>
        <translation>{day} n&apos;est pas un jour de cette session ({days}).</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="52"/>
        <source>Participants are marked present on {day}: untick them before removing that day.</source>
        <translation>Des participants sont notés présents le {day} : décochez-les avant de retirer ce jour.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="54"/>
        <source>Add the participant&apos;s enterprise to the session first.</source>
        <translation>Ajoutez d&apos;abord l&apos;entreprise du participant à la session.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="55"/>
        <source>This enterprise already takes part in the session.</source>
        <translation>Cette entreprise participe déjà à la session.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="56"/>
        <source>This enterprise still has participants in the session: remove them first.</source>
        <translation>Cette entreprise a encore des participants dans la session : retirez-les d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/kpis.py" line="17"/>
        <source>{field} cannot be zero: there is nothing to divide by.</source>
        <translation>{field} ne peut pas être zéro : on ne peut pas diviser par zéro.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/kpis.py" line="18"/>
        <source>A percentage cannot be over 100 % (this one is {value} %): check {field}.</source>
        <translation>Un pourcentage ne peut pas dépasser 100 % (celui-ci fait {value} %) : vérifiez {field}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/kpis.py" line="20"/>
        <source>Enter both the numerator and the denominator, or neither.</source>
        <translation>Saisissez le numérateur et le dénominateur, ou aucun des deux.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/actions.py" line="19"/>
        <source>{field} cannot be before the visit that agreed it ({date}).</source>
        <extracomment>Still to be done: these carry into the next visit and can be overdue.</extracomment>
        <translation>{field} ne peut pas précéder la visite qui l&apos;a convenue ({date}).</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/actions.py" line="20"/>
        <source>{field} cannot be in the future.</source>
        <translation>{field} ne peut pas être dans le futur.</translation>
    </message>
</context>
<context>
    <name>VisitDetails</name>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="39"/>
        <source>Signed comes from signing the visit on its Sign-off tab (Ctrl+Shift+S).</source>
        <translation>« Signée » s&apos;obtient en signant la visite dans son onglet Signature (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="42"/>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="46"/>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="48"/>
        <source>Tick who came from the EIT (someone late, someone who left).</source>
        <translation>Cochez qui est venu de l&apos;EIT (quelqu&apos;un en retard, quelqu&apos;un parti).</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="60"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="60"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="61"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="61"/>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="62"/>
        <source>Co-visitors</source>
        <translation>Accompagnateurs</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="63"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="64"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="65"/>
        <source>Next visit</source>
        <translation>Prochaine visite</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="72"/>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="107"/>
        <source>Nobody from the EIT recorded.</source>
        <translation>Aucun membre de l&apos;équipe d&apos;amélioration enregistré.</translation>
    </message>
</context>
<context>
    <name>VisitKpis</name>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="29"/>
        <source>KPI</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="30"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="31"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="32"/>
        <source>Numerator / denominator</source>
        <translation>Numérateur / dénominateur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="33"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="34"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="38"/>
        <source>New KPI reading…</source>
        <translation>Nouveau relevé…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="41"/>
        <source>Change or correct…</source>
        <translation>Modifier ou corriger…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="44"/>
        <source>No KPI readings entered at this visit. Press Ctrl+K to enter one; the enterprise&apos;s KPI tab shows them all with their trends.</source>
        <translation>Aucun relevé d&apos;indicateur saisi lors de cette visite. Appuyez sur Ctrl+K pour en saisir un ; l&apos;onglet Indicateurs de l&apos;entreprise les montre tous avec leur tendance.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="79"/>
        <source>Replaced by a correction</source>
        <translation>Remplacé par une correction</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="80"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
</context>
<context>
    <name>VisitScoreLabel</name>
    <message>
        <location filename="../score_desktop/ui/visits/visit_score.py" line="24"/>
        <source>&lt;b&gt;Score&lt;/b&gt;: no topic rated yet</source>
        <translation>&lt;b&gt;Score&lt;/b&gt; : aucun thème évalué pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/visits/visit_score.py" line="27"/>
        <source>&lt;b&gt;Score&lt;/b&gt;: {good} of %n topic(s) rated good practice ({percent})</source>
        <translation>
            <numerusform>&lt;b&gt;Score&lt;/b&gt; : {good} sur %n thème évalué en bonne pratique ({percent})</numerusform>
            <numerusform>&lt;b&gt;Score&lt;/b&gt; : {good} sur %n thèmes évalués en bonne pratique ({percent})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="85"/>
        <source>Rate:</source>
        <translation>Évaluer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="90"/>
        <source>Press {key} in the checklist or the findings, or Alt+{key} anywhere</source>
        <translation>Appuyez sur {key} dans la liste de contrôle ou les constats, ou sur Alt+{key} n&apos;importe où</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="103"/>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="206"/>
        <source>New finding</source>
        <translation>Nouveau constat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="105"/>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="260"/>
        <source>Delete finding</source>
        <translation>Supprimer le constat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="107"/>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="218"/>
        <source>New action from finding</source>
        <translation>Nouvelle action à partir du constat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="156"/>
        <source>Checklist and findings</source>
        <translation>Liste de contrôle et constats</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="157"/>
        <source>Visit details</source>
        <translation>Détails de la visite</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="158"/>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="476"/>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="159"/>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="478"/>
        <source>KPIs</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="160"/>
        <source>Sign-off</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="162"/>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="480"/>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="177"/>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="216"/>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="208"/>
        <source>Next topic</source>
        <translation>Point suivant</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="210"/>
        <source>Previous topic</source>
        <translation>Point précédent</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="212"/>
        <source>Attach photos…</source>
        <translation>Joindre des photos…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="220"/>
        <source>New KPI reading…</source>
        <translation>Nouveau relevé…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="222"/>
        <source>Good practice in place</source>
        <translation>Bonne pratique en place</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="224"/>
        <source>Finalise…</source>
        <translation>Finaliser…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="226"/>
        <source>Sign the visit…</source>
        <translation>Signer la visite…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="227"/>
        <source>Reopen the signed visit…</source>
        <translation>Rouvrir la visite signée…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="230"/>
        <source>Delete visit…</source>
        <translation>Supprimer la visite…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="350"/>
        <source>Free findings</source>
        <translation>Autres constats</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="351"/>
        <source>Anything you noticed outside the checklist of this module.</source>
        <translation>Tout ce que vous avez remarqué en dehors de la liste de contrôle de ce module.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="480"/>
        <source>Review ●</source>
        <translation>Revue ●</translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="vanished">Nouvelle action</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="476"/>
        <source>Action plan ({count})</source>
        <translation>Plan d&apos;action ({count})</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="478"/>
        <source>KPIs ({count})</source>
        <translation>Indicateurs ({count})</translation>
    </message>
</context>
<context>
    <name>VisitSignOff</name>
    <message>
        <location filename="../score_desktop/ui/visits/visit_signoff.py" line="106"/>
        <source>Sign the visit</source>
        <extracomment>The dialog open now (tests and screenshots reach it here).</extracomment>
        <translation>Signer la visite</translation>
    </message>
</context>
<context>
    <name>VisitSigner</name>
    <message>
        <location filename="../score_desktop/ui/visits/signing.py" line="52"/>
        <location filename="../score_desktop/ui/visits/signing.py" line="85"/>
        <source>Sign the visit</source>
        <extracomment>The visit is signed: its ``signed_report`` record.</extracomment>
        <translation>Signer la visite</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signing.py" line="53"/>
        <source>Sign the visit of {date}? Its report is made once, now, and kept as the signed document; the visit is then locked until someone reopens it with a reason.</source>
        <translation>Signer la visite du {date} ? Son rapport est créé une fois, maintenant, et gardé comme document signé ; la visite est ensuite verrouillée jusqu&apos;à ce que quelqu&apos;un la rouvre avec un motif.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signing.py" line="57"/>
        <source>&amp;Sign</source>
        <translation>&amp;Signer</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signing.py" line="83"/>
        <source>Making the signed report…</source>
        <translation>Création du rapport signé…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signing.py" line="83"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>VisitStatus</name>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="27"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="28"/>
        <source>Final</source>
        <translation>Définitif</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="29"/>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
</context>
<context>
    <name>VisitsScreen</name>
    <message>
        <location filename="../score_desktop/ui/visits/visits_screen.py" line="25"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visits_screen.py" line="26"/>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visits_screen.py" line="27"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visits_screen.py" line="28"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visits_screen.py" line="30"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visits_screen.py" line="31"/>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visits_screen.py" line="44"/>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/visits/visits_screen.py" line="67"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visite</numerusform>
            <numerusform>%n visites</numerusform>
        </translation>
    </message>
</context>
</TS>
