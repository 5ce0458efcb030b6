<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionsScreen</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="138"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddParticipantsDialog</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="134"/>
        <source>%n member(s) of the EIT already take part.</source>
        <translation>
            <numerusform>%n member of the EIT already takes part.</numerusform>
            <numerusform>%n members of the EIT already take part.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="146"/>
        <source>%n participant(s) added.</source>
        <translation>
            <numerusform>%n participant added.</numerusform>
            <numerusform>%n participants added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarriedActions</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/visits/carried_actions.py" line="78"/>
        <source>%n open action(s) from earlier visits</source>
        <translation>
            <numerusform>%n open action from earlier visits</numerusform>
            <numerusform>%n open actions from earlier visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="24"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="26"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
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
            <numerusform>%n EIT member</numerusform>
            <numerusform>%n EIT members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="34"/>
        <source>%n KPI reading(s)</source>
        <translation>
            <numerusform>%n KPI reading</numerusform>
            <numerusform>%n KPI readings</numerusform>
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
            <numerusform>%n participant in classroom sessions</numerusform>
            <numerusform>%n participants in classroom sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="40"/>
        <source>%n good practice check(s)</source>
        <translation>
            <numerusform>%n good practice check</numerusform>
            <numerusform>%n good practice checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="44"/>
        <source>{name} has %n signed visit(s). A signed visit is the enterprise&apos;s signed record: it is not deleted. If the enterprise was entered by mistake, reopen its signed visits (with that reason) first.</source>
        <translation>
            <numerusform>{name} has %n signed visit. A signed visit is the enterprise&apos;s signed record: it is not deleted. If the enterprise was entered by mistake, reopen its signed visit (with that reason) first.</numerusform>
            <numerusform>{name} has %n signed visits. A signed visit is the enterprise&apos;s signed record: it is not deleted. If the enterprise was entered by mistake, reopen its signed visits (with that reason) first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="49"/>
        <source>%n action(s) they own keep them as owner until you choose another.</source>
        <translation>
            <numerusform>%n action they own keeps them as owner until you choose another.</numerusform>
            <numerusform>%n actions they own keep them as owner until you choose another.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EitPanel</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="180"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="181"/>
        <source>%n manager(s)</source>
        <translation>
            <numerusform>%n manager</numerusform>
            <numerusform>%n managers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="182"/>
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="183"/>
        <source>%n woman(s)</source>
        <translation>
            <numerusform>%n woman</numerusform>
            <numerusform>%n women</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="183"/>
        <source>%n man(s)</source>
        <translation>
            <numerusform>%n man</numerusform>
            <numerusform>%n men</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnterprisesScreen</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/enterprises_screen.py" line="93"/>
        <source>%n enterprise(s)</source>
        <translation>
            <numerusform>%n enterprise</numerusform>
            <numerusform>%n enterprises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="153"/>
        <source>Exported %n record(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n record to {path}.</numerusform>
            <numerusform>Exported %n records to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinaliseDialog</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/visits/finalise_dialog.py" line="39"/>
        <source>%n thing(s) to look at before signing</source>
        <translation>
            <numerusform>%n thing to look at before signing</numerusform>
            <numerusform>%n things to look at before signing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LastTimeLabel</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/visits/previous_findings.py" line="42"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/photo_strip.py" line="304"/>
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n photo added.</numerusform>
            <numerusform>%n photos added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/photo_strip.py" line="310"/>
        <source>%n file(s) skipped:</source>
        <translation>
            <numerusform>%n file skipped:</numerusform>
            <numerusform>%n files skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/photo_strip.py" line="313"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/results/records_dialog.py" line="30"/>
        <source>%n record(s)</source>
        <extracomment>How many rows the list shows at most (a figure over the whole programme may stand on thousands).</extracomment>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="234"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/results/results_screen.py" line="213"/>
        <source>%n enterprise(s)</source>
        <translation>
            <numerusform>%n enterprise</numerusform>
            <numerusform>%n enterprises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/results/results_screen.py" line="214"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/results/results_screen.py" line="217"/>
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n open conflict</numerusform>
            <numerusform>%n open conflicts</numerusform>
        </translation>
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
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewQueueScreen</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="117"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/search/search_screen.py" line="99"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="164"/>
        <source>%n received</source>
        <comment>suggestions</comment>
        <translation>
            <numerusform>%n received</numerusform>
            <numerusform>%n received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="165"/>
        <source>%n implemented</source>
        <comment>suggestions</comment>
        <translation>
            <numerusform>%n implemented</numerusform>
            <numerusform>%n implemented</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/sync/sync_controller.py" line="315"/>
        <source>This laptop&apos;s clock is %n minute(s) away from the server&apos;s. Please set the date, time and time zone right: the order of edits depends on them.</source>
        <extracomment>Keyword arguments for every round&apos;s SyncEngine (its retries); empty: the engine&apos;s own defaults. :attr:`state` changed (and with it, maybe, :attr:`last_result`). (stage &quot;push&quot; | &quot;photos&quot; | &quot;pull&quot;, done, total) during a round. A round ended (a RoundResult); the outbox, the log and the lists may have changed. The records a round brought or changed (a ChangeSet), for the screens. The server no longer accepts this sign-in: the sentence to show with a way to sign in again. Something to tell the trainer once (a newer app is needed, the clock is wrong): a translated sentence. The stage of the round under way (&quot;connect&quot;, &quot;push&quot;, &quot;photos&quot;, &quot;pull&quot;) and its (done, total).</extracomment>
        <translation>
            <numerusform>This laptop&apos;s clock is %n minute away from the server&apos;s. Please set the date, time and time zone right: the order of edits depends on them.</numerusform>
            <numerusform>This laptop&apos;s clock is %n minutes away from the server&apos;s. Please set the date, time and time zone right: the order of edits depends on them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/sync/sync_status.py" line="100"/>
        <source>%n change(s) and {megabytes} MB of photos waiting</source>
        <translation>
            <numerusform>%n change and {megabytes} MB of photos waiting</numerusform>
            <numerusform>%n changes and {megabytes} MB of photos waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/sync/sync_status.py" line="103"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/today/today_screen.py" line="179"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/today/today_screen.py" line="208"/>
        <source>&lt;b&gt;Review:&lt;/b&gt; &lt;a href=&apos;review&apos;&gt;%n visit report(s) new since your last look&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Review:&lt;/b&gt; &lt;a href=&apos;review&apos;&gt;%n visit report new since your last look&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;Review:&lt;/b&gt; &lt;a href=&apos;review&apos;&gt;%n visit reports new since your last look&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingScreen</name>
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
    <name>VisitScoreLabel</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/visits/visit_score.py" line="27"/>
        <source>&lt;b&gt;Score&lt;/b&gt;: {good} of %n topic(s) rated good practice ({percent})</source>
        <translation>
            <numerusform>&lt;b&gt;Score&lt;/b&gt;: {good} of %n topic rated good practice ({percent})</numerusform>
            <numerusform>&lt;b&gt;Score&lt;/b&gt;: {good} of %n topics rated good practice ({percent})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitsScreen</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/visits/visits_screen.py" line="67"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
</context>
</TS>
