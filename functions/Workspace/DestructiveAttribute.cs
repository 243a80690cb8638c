namespace IpsMonitor.Workspace;

/// <summary>
/// Marks a staff form function whose action cannot simply be undone (ending a job, discharge, withdrawing consent,
/// revoking a key, deactivating a coach). Such a form is never on an ordinary page: a GET on the same route shows a
/// confirmation page that names what will happen, and only its button, which says the action, posts. Tests enumerate
/// the marked functions, so a new destructive form is checked the day it is marked.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
internal sealed class DestructiveAttribute : Attribute;
