<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActionsScreen</name>
    <message>
        <location filename="../score_desktop/ui/actions_screen.py" line="26"/>
        <source>Show done and dropped actions too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions_screen.py" line="29"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions_screen.py" line="30"/>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions_screen.py" line="31"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions_screen.py" line="32"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions_screen.py" line="33"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions_screen.py" line="45"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/actions_screen.py" line="92"/>
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarriedActions</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/carried_actions.py" line="94"/>
        <source>%n open action(s) from earlier visits</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarriedActionsModel</name>
    <message>
        <location filename="../score_desktop/ui/carried_actions.py" line="43"/>
        <source>due {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../score_desktop/ui/checklist_model.py" line="89"/>
        <source>Free findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/checklist_model.py" line="96"/>
        <source>Findings that belong to no checklist topic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deletions</name>
    <message>
        <location filename="../score_desktop/ui/context.py" line="52"/>
        <source>Undo delete</source>
        <extracomment>(visit id, observation id): open the visit on that finding. A screen name of the sidebar (&quot;today&quot;, &quot;enterprises&quot;, ...).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/context.py" line="54"/>
        <source>Undo delete photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/context.py" line="55"/>
        <source>Undo delete finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EitModel</name>
    <message>
        <location filename="../score_desktop/ui/eit_panel.py" line="52"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/eit_panel.py" line="52"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/eit_panel.py" line="52"/>
        <source>Manager or worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/eit_panel.py" line="52"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/eit_panel.py" line="53"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/eit_panel.py" line="53"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/eit_panel.py" line="53"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EitPanel</name>
    <message>
        <location filename="../score_desktop/ui/eit_panel.py" line="132"/>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/eit_panel.py" line="135"/>
        <source>End membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/eit_panel.py" line="137"/>
        <source>The member leaves the team today; past visits still list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/eit_panel.py" line="147"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/eit_panel.py" line="147"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/eit_panel.py" line="147"/>
        <source>Manager or worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/eit_panel.py" line="148"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/eit_panel.py" line="148"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/eit_panel.py" line="148"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/eit_panel.py" line="149"/>
        <source>Member from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/eit_panel.py" line="149"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/eit_panel.py" line="207"/>
        <source>{members} members: {managers} managers, {workers} workers · {women} women, {men} men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/eit_panel.py" line="212"/>
        <source>SCORE needs managers and workers in the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/eit_panel.py" line="214"/>
        <source>Fewer workers than managers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/eit_panel.py" line="216"/>
        <source>No women in the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/eit_panel.py" line="255"/>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnterpriseForm</name>
    <message>
        <location filename="../score_desktop/ui/enterprise_form.py" line="50"/>
        <source>Enterprise</source>
        <extracomment>Report languages by their own names, so a trainer finds theirs whatever the UI language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_form.py" line="51"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_form.py" line="52"/>
        <source>Latin name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_form.py" line="53"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_form.py" line="54"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_form.py" line="55"/>
        <source>Sponsoring buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_form.py" line="57"/>
        <location filename="../score_desktop/ui/enterprise_form.py" line="58"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_form.py" line="59"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_form.py" line="60"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_form.py" line="61"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_form.py" line="63"/>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_form.py" line="64"/>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_form.py" line="65"/>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_form.py" line="66"/>
        <source>Managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_form.py" line="67"/>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_form.py" line="76"/>
        <source>Contact and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_form.py" line="77"/>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_form.py" line="78"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_form.py" line="79"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_form.py" line="80"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_form.py" line="80"/>
        <source>Agrees to share its data with the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_form.py" line="82"/>
        <source>Report language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_form.py" line="83"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnterpriseScreen</name>
    <message>
        <location filename="../score_desktop/ui/enterprise_screen.py" line="71"/>
        <source>New visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_screen.py" line="83"/>
        <source>Enterprise Improvement Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_screen.py" line="87"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_screen.py" line="88"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_screen.py" line="89"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_screen.py" line="91"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_screen.py" line="92"/>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_screen.py" line="98"/>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_screen.py" line="99"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_screen.py" line="100"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_screen.py" line="101"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_screen.py" line="102"/>
        <source>Latest period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_screen.py" line="106"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_screen.py" line="107"/>
        <source>KPI history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnterpriseTableModel</name>
    <message>
        <location filename="../score_desktop/ui/enterprise_model.py" line="24"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_model.py" line="25"/>
        <source>Latin name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_model.py" line="26"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_model.py" line="27"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_model.py" line="28"/>
        <source>Sponsors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprise_model.py" line="29"/>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnterprisesScreen</name>
    <message>
        <location filename="../score_desktop/ui/enterprises_screen.py" line="29"/>
        <source>Enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises_screen.py" line="31"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises_screen.py" line="31"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises_screen.py" line="31"/>
        <source>Sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises_screen.py" line="32"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises_screen.py" line="38"/>
        <source>Show only enterprises of this {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises_screen.py" line="46"/>
        <source>New enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises_screen.py" line="65"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises_screen.py" line="86"/>
        <source>%n enterprise(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../score_desktop/ui/errors.py" line="33"/>
        <source>Something went wrong inside SCORE Desktop. Your saved work is safe. Please send the details to your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/errors.py" line="37"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/report_preview.py" line="37"/>
        <location filename="../score_desktop/reports/layout.py" line="61"/>
        <source>The report cannot be saved as {path}: {reason}.</source>
        <extracomment>Printing renders pages as pictures at the printer&apos;s resolution, but no finer than this.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/report_preview.py" line="225"/>
        <source>The printer cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/app.py" line="120"/>
        <source>The workspace folder {path} cannot be opened: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="31"/>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="45"/>
        <source>The disk is full: nothing was saved from this step. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="50"/>
        <source>This workspace was written by a newer SCORE Desktop (format {found}, this app reads up to {supported}). Install the newer version to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="57"/>
        <source>The workspace is busy in another program. Close the other SCORE Desktop window and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="62"/>
        <source>The workspace database {path} cannot be read: {reason}. Run &apos;score-desktop check&apos; for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="67"/>
        <source>No {entity} with id {record_id} in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="73"/>
        <source>{entity}: {details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="84"/>
        <source>{name} is not a picture SCORE Desktop can read (it reads JPEG, PNG, WebP, TIFF and BMP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="85"/>
        <source>{name} is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="86"/>
        <source>{name} is damaged or incomplete (the picture data ends too early).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="87"/>
        <source>{name} is too large: {width} x {height} pixels (at most {limit} megapixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="88"/>
        <source>{name} is too large a file ({megabytes} MB; at most {limit} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="89"/>
        <source>{name} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/reports/layout.py" line="57"/>
        <source>The logo {path} cannot be read: choose a PNG or JPEG picture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingEditor</name>
    <message>
        <location filename="../score_desktop/ui/finding_editor.py" line="35"/>
        <source>Line, workshop or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/finding_editor.py" line="41"/>
        <source>What did you see?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/finding_editor.py" line="43"/>
        <source>What should the EIT do about it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/finding_editor.py" line="45"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/finding_editor.py" line="45"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/finding_editor.py" line="45"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/finding_editor.py" line="46"/>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/finding_editor.py" line="71"/>
        <source>No finding for this topic yet. Rate the topic with 1-4, or press Ctrl+N to write a finding; drop photos here to start one with them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../score_desktop/ui/checklist_model.py" line="111"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/checklist_model.py" line="111"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/checklist_model.py" line="111"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/checklist_model.py" line="111"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/checklist_model.py" line="146"/>
        <source>(not written yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../score_desktop/ui/labels.py" line="17"/>
        <source>Good practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/labels.py" line="18"/>
        <source>Needs improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/labels.py" line="19"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/labels.py" line="20"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/labels.py" line="21"/>
        <location filename="../score_desktop/ui/labels.py" line="44"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/labels.py" line="22"/>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/labels.py" line="23"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/labels.py" line="24"/>
        <location filename="../score_desktop/ui/labels.py" line="26"/>
        <location filename="../score_desktop/ui/labels.py" line="46"/>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/labels.py" line="25"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/labels.py" line="27"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/labels.py" line="28"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/labels.py" line="29"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/labels.py" line="30"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/labels.py" line="31"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/labels.py" line="32"/>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/labels.py" line="33"/>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/labels.py" line="34"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/labels.py" line="35"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/labels.py" line="36"/>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/labels.py" line="37"/>
        <source>Woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/labels.py" line="38"/>
        <source>Man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/labels.py" line="39"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/labels.py" line="40"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/labels.py" line="41"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/labels.py" line="42"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/labels.py" line="43"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/labels.py" line="45"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="65"/>
        <location filename="../score_desktop/ui/main_window.py" line="185"/>
        <source>Today</source>
        <extracomment>Sidebar entries in order; the enterprise and visit screens light up their list&apos;s entry. The workspace is open and every screen is built. Opening the workspace failed with this user&apos;s error; the application shows it and ends.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="65"/>
        <location filename="../score_desktop/ui/main_window.py" line="185"/>
        <source>Enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="65"/>
        <location filename="../score_desktop/ui/main_window.py" line="185"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="66"/>
        <location filename="../score_desktop/ui/main_window.py" line="185"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="66"/>
        <location filename="../score_desktop/ui/main_window.py" line="186"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="89"/>
        <source>Opening the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="125"/>
        <source>SCORE Desktop — {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="154"/>
        <source>Search enterprises, visits, findings, actions  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="171"/>
        <location filename="../score_desktop/ui/main_window.py" line="344"/>
        <source>New enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="173"/>
        <source>New visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="174"/>
        <source>Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="176"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="177"/>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="180"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="181"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="187"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="189"/>
        <source>About SCORE Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="198"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="204"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="208"/>
        <source>&amp;Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="209"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="213"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="216"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="363"/>
        <source>Open or select an enterprise first, then start its visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="389"/>
        <source>Photo restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="390"/>
        <source>Finding restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="417"/>
        <source>{app} {version}
For the accredited trainers of the ILO SCORE programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/main_window.py" line="431"/>
        <source>Offline · %n change(s) waiting to sync · last sync: never</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModuleOrderEditor</name>
    <message>
        <location filename="../score_desktop/ui/preferences_dialog.py" line="26"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/preferences_dialog.py" line="27"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewVisitDialog</name>
    <message>
        <location filename="../score_desktop/ui/new_visit_dialog.py" line="71"/>
        <source>New visit — {enterprise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/new_visit_dialog.py" line="97"/>
        <source>Names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/new_visit_dialog.py" line="106"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/new_visit_dialog.py" line="107"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/new_visit_dialog.py" line="108"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/new_visit_dialog.py" line="109"/>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/new_visit_dialog.py" line="110"/>
        <source>Co-visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/new_visit_dialog.py" line="111"/>
        <source>Attendees from the EIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/new_visit_dialog.py" line="113"/>
        <source>Start visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoCanvas</name>
    <message>
        <location filename="../score_desktop/ui/photo_canvas.py" line="120"/>
        <source>Loading the picture…</source>
        <extracomment>Shorter drags are clicks: they draw nothing (a trainer&apos;s touchpad twitches). A finished shape (a dict of the annotation layer). Where the text tool gets its words (the viewer&apos;s label field). None: fit the window; otherwise screen pixels per picture pixel.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../score_desktop/ui/photo_strip.py" line="149"/>
        <source>Attach photos…</source>
        <extracomment>Asks the screen for a finding to attach to when none is chosen (it creates one); returns via attach_to().</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photo_strip.py" line="152"/>
        <source>Drop photos or a folder here, or paste with Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photo_strip.py" line="155"/>
        <source>Importing %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photo_strip.py" line="157"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photo_strip.py" line="199"/>
        <source>Attach photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photo_strip.py" line="200"/>
        <source>Pictures ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photo_strip.py" line="208"/>
        <source>Another import is still running; wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/photo_strip.py" line="278"/>
        <source>%n photo(s) added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photo_strip.py" line="280"/>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/photo_strip.py" line="284"/>
        <source>%n file(s) skipped:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/photo_strip.py" line="287"/>
        <source>… and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoViewerDialog</name>
    <message>
        <location filename="../score_desktop/ui/photo_viewer.py" line="37"/>
        <location filename="../score_desktop/ui/photo_viewer.py" line="151"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photo_viewer.py" line="50"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photo_viewer.py" line="52"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photo_viewer.py" line="54"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photo_viewer.py" line="55"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photo_viewer.py" line="56"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photo_viewer.py" line="57"/>
        <source>Turn ⟲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photo_viewer.py" line="58"/>
        <source>Turn ⟳</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photo_viewer.py" line="63"/>
        <source>Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photo_viewer.py" line="63"/>
        <source>Arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photo_viewer.py" line="64"/>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photo_viewer.py" line="64"/>
        <source>Rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photo_viewer.py" line="65"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photo_viewer.py" line="73"/>
        <source>Label text, then click the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photo_viewer.py" line="78"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photo_viewer.py" line="79"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photo_viewer.py" line="86"/>
        <source>Caption, as it will print in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photo_viewer.py" line="92"/>
        <location filename="../score_desktop/ui/photo_viewer.py" line="103"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photo_viewer.py" line="93"/>
        <location filename="../score_desktop/ui/photo_viewer.py" line="105"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photo_viewer.py" line="94"/>
        <source>Delete photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photo_viewer.py" line="98"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photo_viewer.py" line="148"/>
        <source>{n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../score_desktop/ui/preferences_dialog.py" line="61"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <location filename="../score_desktop/ui/report_preview.py" line="51"/>
        <source>Visit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/report_preview.py" line="69"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/report_preview.py" line="70"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/report_preview.py" line="76"/>
        <source>Report &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/report_preview.py" line="78"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/report_preview.py" line="92"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/report_preview.py" line="93"/>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/report_preview.py" line="147"/>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/report_preview.py" line="172"/>
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/report_preview.py" line="180"/>
        <source>The report could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/report_preview.py" line="188"/>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/report_preview.py" line="189"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../score_desktop/ui/search_screen.py" line="53"/>
        <location filename="../score_desktop/ui/search_screen.py" line="59"/>
        <source>Enterprise</source>
        <extracomment>The trainer chose a hit: (entity, record id). A search finished: (query, number of hits).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search_screen.py" line="53"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search_screen.py" line="53"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search_screen.py" line="54"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search_screen.py" line="56"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search_screen.py" line="57"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search_screen.py" line="58"/>
        <source>Where it matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search_screen.py" line="67"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search_screen.py" line="92"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search_screen.py" line="100"/>
        <source>Search: {query}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/search_screen.py" line="101"/>
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search_screen.py" line="102"/>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../score_desktop/ui/settings.py" line="40"/>
        <source>Trainer name</source>
        <extracomment>&quot;text&quot;, &quot;choice&quot; (one of ``choices``) or &quot;order&quot; (a comma-separated ordering of codes). Module codes in SCORE&apos;s teaching order; the catalog may know more, they then follow in catalog order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/settings.py" line="41"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/settings.py" line="43"/>
        <source>Default module order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/settings.py" line="44"/>
        <source>Report paper size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../score_desktop/ui/shortcuts_dialog.py" line="15"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/shortcuts_dialog.py" line="22"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/shortcuts_dialog.py" line="22"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../score_desktop/sync/account.py" line="18"/>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/account.py" line="19"/>
        <source>Cannot reach the server at {url}. Check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/account.py" line="20"/>
        <source>This workspace syncs with {server} as {username}. Use a new workspace for another server or account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/account.py" line="23"/>
        <source>A demo workspace never syncs. Sign in from your own workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/account.py" line="24"/>
        <source>The server refused the sign-in: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/transport.py" line="70"/>
        <source>The server cannot be reached right now; your changes are kept and will be sent later.</source>
        <extracomment>(connect, read) seconds. A push of 500 mutations on a slow hotel Wi-Fi still answers well within this. Seconds the server asked us to wait (Retry-After), when it said so. Messages for the user per outcome (translated by the UI in the ``Sync`` context).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/transport.py" line="72"/>
        <source>Please sign in again: the server no longer accepts this sign-in. Your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/transport.py" line="74"/>
        <source>The server needs a newer SCORE Desktop: {message} You can go on working offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/transport.py" line="76"/>
        <source>This workspace must be registered as a new device: please sign in again. Your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/transport.py" line="78"/>
        <source>Your account may not do this: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/transport.py" line="79"/>
        <source>The server refused a request ({message}). Your changes are kept; please tell your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../score_desktop/ui/today_screen.py" line="32"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today_screen.py" line="33"/>
        <location filename="../score_desktop/ui/today_screen.py" line="40"/>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today_screen.py" line="34"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today_screen.py" line="35"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today_screen.py" line="36"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today_screen.py" line="41"/>
        <location filename="../score_desktop/ui/today_screen.py" line="63"/>
        <source>Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today_screen.py" line="42"/>
        <source>Oldest due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today_screen.py" line="53"/>
        <source>No visits planned this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today_screen.py" line="54"/>
        <source>No overdue actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today_screen.py" line="55"/>
        <source>Every past visit is finalised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today_screen.py" line="60"/>
        <source>Visits today and this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today_screen.py" line="64"/>
        <source>Drafts to finalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today_screen.py" line="86"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today_screen.py" line="112"/>
        <source>Today, {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashScreen</name>
    <message>
        <location filename="../score_desktop/ui/trash_screen.py" line="18"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash_screen.py" line="18"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash_screen.py" line="20"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash_screen.py" line="21"/>
        <source>Text or caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash_screen.py" line="22"/>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash_screen.py" line="23"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash_screen.py" line="29"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash_screen.py" line="33"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash_screen.py" line="39"/>
        <source>Deleted findings and photos stay here; restore puts them back where they were, with their photos and annotations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="23"/>
        <source>{field} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="24"/>
        <source>{field} must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="25"/>
        <source>{field} is too long ({length} characters; at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="26"/>
        <source>{field} cannot be &apos;{value}&apos;; choose one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="27"/>
        <source>{field} must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="28"/>
        <source>{field} must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="29"/>
        <source>{field} must be yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="30"/>
        <source>{field} must be a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="31"/>
        <source>{field} must be a date and time (RFC 3339).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="32"/>
        <source>{field} must be a list of texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="33"/>
        <source>{field} must be a list or an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="34"/>
        <source>{field} must be the id of a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="35"/>
        <source>{field} cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="36"/>
        <source>{field} cannot be before {other}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="37"/>
        <source>{field} must be a module code such as WC, QM, CP, HR or OSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="38"/>
        <source>A photo belongs to exactly one visit, finding or action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="39"/>
        <source>{field} must be 64 lowercase hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="40"/>
        <source>{field} does not name a record of this enterprise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="41"/>
        <source>A KPI reading needs a value, or a numerator and a denominator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDetails</name>
    <message>
        <location filename="../score_desktop/ui/visit_details.py" line="36"/>
        <source>Names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visit_details.py" line="45"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visit_details.py" line="45"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visit_details.py" line="46"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visit_details.py" line="46"/>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visit_details.py" line="47"/>
        <source>Co-visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visit_details.py" line="48"/>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visit_details.py" line="49"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visit_details.py" line="50"/>
        <source>Next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visit_details.py" line="57"/>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visit_details.py" line="81"/>
        <source>Nobody from the EIT recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <location filename="../score_desktop/ui/visit_screen.py" line="69"/>
        <source>Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visit_screen.py" line="74"/>
        <source>Press {key} in the checklist or the findings, or Alt+{key} anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visit_screen.py" line="87"/>
        <location filename="../score_desktop/ui/visit_screen.py" line="157"/>
        <source>New finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visit_screen.py" line="89"/>
        <source>Delete finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visit_screen.py" line="120"/>
        <source>Checklist and findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visit_screen.py" line="121"/>
        <source>Visit details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visit_screen.py" line="129"/>
        <location filename="../score_desktop/ui/visit_screen.py" line="167"/>
        <source>Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visit_screen.py" line="159"/>
        <source>Next topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visit_screen.py" line="161"/>
        <source>Previous topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visit_screen.py" line="163"/>
        <source>Attach photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visit_screen.py" line="252"/>
        <source>Free findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visit_screen.py" line="253"/>
        <source>Anything you noticed outside the checklist of this module.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsScreen</name>
    <message>
        <location filename="../score_desktop/ui/visits_screen.py" line="21"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits_screen.py" line="22"/>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits_screen.py" line="23"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits_screen.py" line="24"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits_screen.py" line="26"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits_screen.py" line="27"/>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits_screen.py" line="38"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/visits_screen.py" line="67"/>
        <source>%n visit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
