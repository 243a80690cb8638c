namespace IpsMonitor.Questionnaires;

/// <summary>
/// The item ids of the default questionnaires that signals and metrics read. Definitions may change wording and add items;
/// these ids keep their meaning across versions.
/// </summary>
public static class ItemIds
{
    // Candidate check-in.
    public const string HoursWorked = "hours_worked";          // number, hours worked last week
    public const string ContractHours = "contract_hours";      // number, contract hours per week
    public const string DesiredHours = "desired_hours";        // number, hours per week the candidate would like
    public const string WorkAbility = "work_ability";          // scale 0..10, current work ability compared with their best
    public const string Energy = "energy";                    // scale 1..5, energy left after work (higher is better)
    public const string Workload = "workload";                // scale 1..5, 1 much too little .. 3 right .. 5 much too much
    public const string Satisfaction = "satisfaction";        // scale 1..5
    public const string Fit = "fit";                          // scale 1..5, the work fits preferences and qualities
    public const string LearnedNew = "learned_new";           // yes/no
    public const string NewTasks = "new_tasks";               // yes/no, got new tasks or responsibility
    public const string WantsChallenge = "wants_challenge";   // yes/no, wants more challenge
    public const string HasGoals = "has_goals";               // yes/no, has development goals
    public const string TalkedDevelopment = "talked_development"; // yes/no, talked about development with the supervisor
    public const string Support = "support";                  // scale 1..5, support received
    public const string HelpNow = "help_now";                 // free text

    // Supervisor check-in.
    public const string SupervisorProgress = "s_progress";         // scale 1..5
    public const string SupervisorSocialFit = "s_social_fit";      // scale 1..5
    public const string SupervisorWorkAbility = "s_work_ability";  // scale 0..10, same dimension as work_ability
    public const string SupervisorFit = "s_fit";                   // scale 1..5, same dimension as fit
    public const string SupervisorIndependent = "s_independent";   // scale 1..5, tasks done independently
    public const string SupervisorTaskGrowth = "s_task_growth";    // yes/no, task package grown; same dimension as new_tasks
    public const string SupervisorReadyForMore = "s_ready_more";   // single choice: more_hours, more_tasks, both, not_now, fewer_tasks
    public const string SupervisorAdjustmentsFit = "s_adjustments_fit"; // single choice: yes, partly, no, none_recorded (up to version 2)
    public const string SupervisorAdjustmentFit = "s_adjustment_fit";   // per adjustment: yes, partly, no; as "s_adjustment_fit-{adjustment id}"
    public const string SupervisorCoachCollaboration = "s_coach_collab"; // scale 1..5
    public const string SupervisorConcerns = "s_concerns";         // yes/no
    public const string SupervisorComments = "s_comments";         // free text
}
