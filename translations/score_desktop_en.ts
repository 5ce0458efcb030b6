<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionsScreen</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="133"/>
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
        <location filename="../score_desktop/ui/visits/carried_actions.py" line="77"/>
        <source>%n open action(s) from earlier visits</source>
        <translation>
            <numerusform>%n open action from earlier visits</numerusform>
            <numerusform>%n open actions from earlier visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnterprisesScreen</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/enterprises_screen.py" line="87"/>
        <source>%n enterprise(s)</source>
        <translation>
            <numerusform>%n enterprise</numerusform>
            <numerusform>%n enterprises</numerusform>
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
        <location filename="../score_desktop/ui/visits/previous_findings.py" line="41"/>
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
        <location filename="../score_desktop/ui/today/today_screen.py" line="176"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/today/today_screen.py" line="205"/>
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
        <location filename="../score_desktop/ui/training/training_screen.py" line="77"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitsScreen</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/visits/visits_screen.py" line="57"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
</context>
</TS>
