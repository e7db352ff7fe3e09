// The site's content, given by the parcoursContent integration (src/integrations/parcours-content.ts).
declare module 'virtual:parcours/content' {
  const content: import('../publish/site-content.ts').SiteContent;
  export default content;
}
