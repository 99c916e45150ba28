namespace Hexagon.Sandbox.Slack;

/// <summary>The channel behind the sandbox's incoming webhook: every accepted post, oldest first.</summary>
internal sealed class SlackInbox
{
    private readonly List<SlackPost> _posts = [];

    public void Add(SlackPost post)
    {
        lock (_posts) _posts.Add(post);
    }

    public IReadOnlyList<SlackPost> All()
    {
        lock (_posts) return _posts.ToList();
    }

    public void Clear()
    {
        lock (_posts) _posts.Clear();
    }
}
