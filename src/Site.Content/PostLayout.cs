namespace Site.Content;

/// <summary>A <c>post</c> is listed and dated; a <c>page</c> stands alone at <c>/{slug}</c> and is linked from the navigation.</summary>
public enum PostLayout { Post, Page }
